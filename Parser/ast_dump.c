/* _KrAST_Dump: the text of CPython 3.11's ast.dump(tree) for a C tree.
 *
 * ast.dump prints every field as name=value in _fields order, except an
 * optional field ("?" in Python.asdl) whose value is None, which it
 * leaves out; lists are always printed, even empty.  The table-free
 * walker below writes each node kind's fields in that order, marking
 * the optional ones.  Text is built as UTF-8 in a growing buffer;
 * constants and identifiers are printed with their repr(). */
#include "Python.h"
#include "kr_ast.h"
#include <string.h>

typedef struct {
    char *b;
    size_t n, cap;
    int err;
    int attrs; /* include_attributes=True */
} dbuf;

static void
put(dbuf *d, const char *s, size_t n)
{
    if (d->err)
        return;
    if (d->n + n + 1 > d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 4096;
        while (cap < d->n + n + 1)
            cap *= 2;
        char *nb = PyMem_Realloc(d->b, cap);
        if (nb == NULL) {
            d->err = 1;
            PyErr_NoMemory();
            return;
        }
        d->b = nb;
        d->cap = cap;
    }
    memcpy(d->b + d->n, s, n);
    d->n += n;
}

static void
puts_(dbuf *d, const char *s)
{
    put(d, s, strlen(s));
}

static void
put_repr(dbuf *d, PyObject *o)
{
    if (d->err)
        return;
    if (o == NULL) {
        puts_(d, "None");
        return;
    }
    PyObject *r = PyObject_Repr(o);
    if (r == NULL) {
        d->err = 1;
        return;
    }
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(r, &n);
    if (s == NULL)
        d->err = 1;
    else
        put(d, s, (size_t)n);
    Py_DECREF(r);
}

static void
put_int(dbuf *d, int v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%d", v);
    puts_(d, tmp);
}

/* field separators: each node writes "Kind(" then fields joined by ", " */
typedef struct {
    dbuf *d;
    int nfields;
} node_w;

static void
field(node_w *w, const char *name)
{
    if (w->nfields++)
        puts_(w->d, ", ");
    puts_(w->d, name);
    puts_(w->d, "=");
}

static void
put_loc(node_w *w, int l, int c, int el, int ec)
{
    if (!w->d->attrs)
        return;
    field(w, "lineno"); put_int(w->d, l);
    field(w, "col_offset"); put_int(w->d, c);
    field(w, "end_lineno"); put_int(w->d, el);
    field(w, "end_col_offset"); put_int(w->d, ec);
}

static void dump_expr(dbuf *d, expr_ty e);
static void dump_stmt(dbuf *d, stmt_ty s);
static void dump_pattern(dbuf *d, pattern_ty p);

typedef enum { K_EXPR, K_STMT, K_PATTERN, K_IDENT, K_ARG, K_KEYWORD, K_ALIAS, K_WITHITEM,
               K_COMP, K_HANDLER, K_MATCHCASE } elem_kind;

static void dump_any(dbuf *d, elem_kind k, void *x);

static void
dump_seq(dbuf *d, asdl_seq *s, elem_kind k)
{
    puts_(d, "[");
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(s); i++) {
        if (i)
            puts_(d, ", ");
        dump_any(d, k, asdl_seq_GET(s, i));
    }
    puts_(d, "]");
}

static const char *const ctx_names[] = {"", "Load()", "Store()", "Del()"};
static const char *const op_names[] = {"", "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()",
    "Pow()", "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
static const char *const unop_names[] = {"", "Invert()", "Not()", "UAdd()", "USub()"};
static const char *const cmp_names[] = {"", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()",
    "IsNot()", "In()", "NotIn()"};

#define OPEN(name) node_w w = {d, 0}; puts_(d, name "(")
#define CLOSE() puts_(d, ")")
/* close a node that has a location (include_attributes adds it) */
#define CLOSE_AT(n) do { put_loc(&w, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset); puts_(d, ")"); } while (0)
#define F_EXPR(name, v) do { field(&w, name); dump_expr(d, (v)); } while (0)
#define F_OPT_EXPR(name, v) do { if (v) { field(&w, name); dump_expr(d, (v)); } } while (0)
#define F_SEQ(name, v, k) do { field(&w, name); dump_seq(d, (v), (k)); } while (0)
#define F_OBJ(name, v) do { field(&w, name); put_repr(d, (v)); } while (0)
#define F_OPT_OBJ(name, v) do { if (v) { field(&w, name); put_repr(d, (v)); } } while (0)
#define F_RAW(name, s) do { field(&w, name); puts_(d, (s)); } while (0)
#define F_INT(name, v) do { field(&w, name); put_int(d, (v)); } while (0)

static void
dump_args(dbuf *d, arguments_ty a)
{
    OPEN("arguments");
    F_SEQ("posonlyargs", a->posonlyargs, K_ARG);
    F_SEQ("args", a->args, K_ARG);
    if (a->vararg) {
        field(&w, "vararg");
        dump_any(d, K_ARG, a->vararg);
    }
    F_SEQ("kwonlyargs", a->kwonlyargs, K_ARG);
    F_SEQ("kw_defaults", a->kw_defaults, K_EXPR);
    if (a->kwarg) {
        field(&w, "kwarg");
        dump_any(d, K_ARG, a->kwarg);
    }
    F_SEQ("defaults", a->defaults, K_EXPR);
    CLOSE();
}

static void
dump_any(dbuf *d, elem_kind k, void *x)
{
    if (x == NULL && k != K_IDENT) {
        puts_(d, "None");
        return;
    }
    switch (k) {
    case K_EXPR: dump_expr(d, x); break;
    case K_STMT: dump_stmt(d, x); break;
    case K_PATTERN: dump_pattern(d, x); break;
    case K_IDENT: put_repr(d, x); break;
    case K_ARG: {
        arg_ty a = x;
        OPEN("arg");
        F_OBJ("arg", a->arg);
        F_OPT_EXPR("annotation", a->annotation);
        F_OPT_OBJ("type_comment", a->type_comment);
        CLOSE_AT(a);
        break;
    }
    case K_KEYWORD: {
        keyword_ty kw = x;
        OPEN("keyword");
        F_OPT_OBJ("arg", kw->arg);
        F_EXPR("value", kw->value);
        CLOSE_AT(kw);
        break;
    }
    case K_ALIAS: {
        alias_ty a = x;
        OPEN("alias");
        F_OBJ("name", a->name);
        F_OPT_OBJ("asname", a->asname);
        CLOSE_AT(a);
        break;
    }
    case K_WITHITEM: {
        withitem_ty wi = x;
        OPEN("withitem");
        F_EXPR("context_expr", wi->context_expr);
        F_OPT_EXPR("optional_vars", wi->optional_vars);
        CLOSE();
        break;
    }
    case K_COMP: {
        comprehension_ty c = x;
        OPEN("comprehension");
        F_EXPR("target", c->target);
        F_EXPR("iter", c->iter);
        F_SEQ("ifs", c->ifs, K_EXPR);
        F_INT("is_async", c->is_async);
        CLOSE();
        break;
    }
    case K_HANDLER: {
        excepthandler_ty h = x;
        OPEN("ExceptHandler");
        F_OPT_EXPR("type", h->v.ExceptHandler.type);
        F_OPT_OBJ("name", h->v.ExceptHandler.name);
        F_SEQ("body", h->v.ExceptHandler.body, K_STMT);
        CLOSE_AT(h);
        break;
    }
    case K_MATCHCASE: {
        match_case_ty m = x;
        OPEN("match_case");
        field(&w, "pattern");
        dump_pattern(d, m->pattern);
        F_OPT_EXPR("guard", m->guard);
        F_SEQ("body", m->body, K_STMT);
        CLOSE();
        break;
    }
    }
}

static void
dump_expr(dbuf *d, expr_ty e)
{
    if (e == NULL) {
        puts_(d, "None");
        return;
    }
    switch (e->kind) {
    case BoolOp_kind: {
        OPEN("BoolOp");
        F_RAW("op", e->v.BoolOp.op == And ? "And()" : "Or()");
        F_SEQ("values", e->v.BoolOp.values, K_EXPR);
        CLOSE_AT(e);
        break;
    }
    case NamedExpr_kind: {
        OPEN("NamedExpr");
        F_EXPR("target", e->v.NamedExpr.target);
        F_EXPR("value", e->v.NamedExpr.value);
        CLOSE_AT(e);
        break;
    }
    case BinOp_kind: {
        OPEN("BinOp");
        F_EXPR("left", e->v.BinOp.left);
        F_RAW("op", op_names[e->v.BinOp.op]);
        F_EXPR("right", e->v.BinOp.right);
        CLOSE_AT(e);
        break;
    }
    case UnaryOp_kind: {
        OPEN("UnaryOp");
        F_RAW("op", unop_names[e->v.UnaryOp.op]);
        F_EXPR("operand", e->v.UnaryOp.operand);
        CLOSE_AT(e);
        break;
    }
    case Lambda_kind: {
        OPEN("Lambda");
        field(&w, "args");
        dump_args(d, e->v.Lambda.args);
        F_EXPR("body", e->v.Lambda.body);
        CLOSE_AT(e);
        break;
    }
    case IfExp_kind: {
        OPEN("IfExp");
        F_EXPR("test", e->v.IfExp.test);
        F_EXPR("body", e->v.IfExp.body);
        F_EXPR("orelse", e->v.IfExp.orelse);
        CLOSE_AT(e);
        break;
    }
    case Dict_kind: {
        OPEN("Dict");
        F_SEQ("keys", e->v.Dict.keys, K_EXPR);
        F_SEQ("values", e->v.Dict.values, K_EXPR);
        CLOSE_AT(e);
        break;
    }
    case Set_kind: {
        OPEN("Set");
        F_SEQ("elts", e->v.Set.elts, K_EXPR);
        CLOSE_AT(e);
        break;
    }
    case ListComp_kind: case SetComp_kind: case GeneratorExp_kind: {
        node_w w = {d, 0};
        puts_(d, e->kind == ListComp_kind ? "ListComp(" : e->kind == SetComp_kind ? "SetComp(" : "GeneratorExp(");
        F_EXPR("elt", e->v.ListComp.elt);
        F_SEQ("generators", e->v.ListComp.generators, K_COMP);
        CLOSE_AT(e);
        break;
    }
    case DictComp_kind: {
        OPEN("DictComp");
        F_EXPR("key", e->v.DictComp.key);
        F_EXPR("value", e->v.DictComp.value);
        F_SEQ("generators", e->v.DictComp.generators, K_COMP);
        CLOSE_AT(e);
        break;
    }
    case Await_kind: {
        OPEN("Await");
        F_EXPR("value", e->v.Await.value);
        CLOSE_AT(e);
        break;
    }
    case Yield_kind: {
        OPEN("Yield");
        F_OPT_EXPR("value", e->v.Yield.value);
        CLOSE_AT(e);
        break;
    }
    case YieldFrom_kind: {
        OPEN("YieldFrom");
        F_EXPR("value", e->v.YieldFrom.value);
        CLOSE_AT(e);
        break;
    }
    case Compare_kind: {
        OPEN("Compare");
        F_EXPR("left", e->v.Compare.left);
        field(&w, "ops");
        puts_(d, "[");
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Compare.ops); i++) {
            if (i)
                puts_(d, ", ");
            puts_(d, cmp_names[e->v.Compare.ops->elements[i]]);
        }
        puts_(d, "]");
        F_SEQ("comparators", e->v.Compare.comparators, K_EXPR);
        CLOSE_AT(e);
        break;
    }
    case Call_kind: {
        OPEN("Call");
        F_EXPR("func", e->v.Call.func);
        F_SEQ("args", e->v.Call.args, K_EXPR);
        F_SEQ("keywords", e->v.Call.keywords, K_KEYWORD);
        CLOSE_AT(e);
        break;
    }
    case FormattedValue_kind: {
        OPEN("FormattedValue");
        F_EXPR("value", e->v.FormattedValue.value);
        F_INT("conversion", e->v.FormattedValue.conversion);
        F_OPT_EXPR("format_spec", e->v.FormattedValue.format_spec);
        CLOSE_AT(e);
        break;
    }
    case JoinedStr_kind: {
        OPEN("JoinedStr");
        F_SEQ("values", e->v.JoinedStr.values, K_EXPR);
        CLOSE_AT(e);
        break;
    }
    case Constant_kind: {
        OPEN("Constant");
        F_OBJ("value", e->v.Constant.value);
        F_OPT_OBJ("kind", e->v.Constant.kind);
        CLOSE_AT(e);
        break;
    }
    case Attribute_kind: {
        OPEN("Attribute");
        F_EXPR("value", e->v.Attribute.value);
        F_OBJ("attr", e->v.Attribute.attr);
        F_RAW("ctx", ctx_names[e->v.Attribute.ctx]);
        CLOSE_AT(e);
        break;
    }
    case Subscript_kind: {
        OPEN("Subscript");
        F_EXPR("value", e->v.Subscript.value);
        F_EXPR("slice", e->v.Subscript.slice);
        F_RAW("ctx", ctx_names[e->v.Subscript.ctx]);
        CLOSE_AT(e);
        break;
    }
    case Starred_kind: {
        OPEN("Starred");
        F_EXPR("value", e->v.Starred.value);
        F_RAW("ctx", ctx_names[e->v.Starred.ctx]);
        CLOSE_AT(e);
        break;
    }
    case Name_kind: {
        OPEN("Name");
        F_OBJ("id", e->v.Name.id);
        F_RAW("ctx", ctx_names[e->v.Name.ctx]);
        CLOSE_AT(e);
        break;
    }
    case List_kind: case Tuple_kind: {
        node_w w = {d, 0};
        puts_(d, e->kind == List_kind ? "List(" : "Tuple(");
        F_SEQ("elts", e->v.List.elts, K_EXPR);
        F_RAW("ctx", ctx_names[e->v.List.ctx]);
        CLOSE_AT(e);
        break;
    }
    case Slice_kind: {
        OPEN("Slice");
        F_OPT_EXPR("lower", e->v.Slice.lower);
        F_OPT_EXPR("upper", e->v.Slice.upper);
        F_OPT_EXPR("step", e->v.Slice.step);
        CLOSE_AT(e);
        break;
    }
    }
}

static void
dump_stmt(dbuf *d, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind: case AsyncFunctionDef_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == FunctionDef_kind ? "FunctionDef(" : "AsyncFunctionDef(");
        F_OBJ("name", s->v.FunctionDef.name);
        field(&w, "args");
        dump_args(d, s->v.FunctionDef.args);
        F_SEQ("body", s->v.FunctionDef.body, K_STMT);
        F_SEQ("decorator_list", s->v.FunctionDef.decorator_list, K_EXPR);
        F_OPT_EXPR("returns", s->v.FunctionDef.returns);
        F_OPT_OBJ("type_comment", s->v.FunctionDef.type_comment);
        CLOSE_AT(s);
        break;
    }
    case ClassDef_kind: {
        OPEN("ClassDef");
        F_OBJ("name", s->v.ClassDef.name);
        F_SEQ("bases", s->v.ClassDef.bases, K_EXPR);
        F_SEQ("keywords", s->v.ClassDef.keywords, K_KEYWORD);
        F_SEQ("body", s->v.ClassDef.body, K_STMT);
        F_SEQ("decorator_list", s->v.ClassDef.decorator_list, K_EXPR);
        CLOSE_AT(s);
        break;
    }
    case Return_kind: {
        OPEN("Return");
        F_OPT_EXPR("value", s->v.Return.value);
        CLOSE_AT(s);
        break;
    }
    case Delete_kind: {
        OPEN("Delete");
        F_SEQ("targets", s->v.Delete.targets, K_EXPR);
        CLOSE_AT(s);
        break;
    }
    case Assign_kind: {
        OPEN("Assign");
        F_SEQ("targets", s->v.Assign.targets, K_EXPR);
        F_EXPR("value", s->v.Assign.value);
        F_OPT_OBJ("type_comment", s->v.Assign.type_comment);
        CLOSE_AT(s);
        break;
    }
    case AugAssign_kind: {
        OPEN("AugAssign");
        F_EXPR("target", s->v.AugAssign.target);
        F_RAW("op", op_names[s->v.AugAssign.op]);
        F_EXPR("value", s->v.AugAssign.value);
        CLOSE_AT(s);
        break;
    }
    case AnnAssign_kind: {
        OPEN("AnnAssign");
        F_EXPR("target", s->v.AnnAssign.target);
        F_EXPR("annotation", s->v.AnnAssign.annotation);
        F_OPT_EXPR("value", s->v.AnnAssign.value);
        F_INT("simple", s->v.AnnAssign.simple);
        CLOSE_AT(s);
        break;
    }
    case For_kind: case AsyncFor_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == For_kind ? "For(" : "AsyncFor(");
        F_EXPR("target", s->v.For.target);
        F_EXPR("iter", s->v.For.iter);
        F_SEQ("body", s->v.For.body, K_STMT);
        F_SEQ("orelse", s->v.For.orelse, K_STMT);
        F_OPT_OBJ("type_comment", s->v.For.type_comment);
        CLOSE_AT(s);
        break;
    }
    case While_kind: case If_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == While_kind ? "While(" : "If(");
        F_EXPR("test", s->v.If.test);
        F_SEQ("body", s->v.If.body, K_STMT);
        F_SEQ("orelse", s->v.If.orelse, K_STMT);
        CLOSE_AT(s);
        break;
    }
    case With_kind: case AsyncWith_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == With_kind ? "With(" : "AsyncWith(");
        F_SEQ("items", s->v.With.items, K_WITHITEM);
        F_SEQ("body", s->v.With.body, K_STMT);
        F_OPT_OBJ("type_comment", s->v.With.type_comment);
        CLOSE_AT(s);
        break;
    }
    case Match_kind: {
        OPEN("Match");
        F_EXPR("subject", s->v.Match.subject);
        F_SEQ("cases", s->v.Match.cases, K_MATCHCASE);
        CLOSE_AT(s);
        break;
    }
    case Raise_kind: {
        OPEN("Raise");
        F_OPT_EXPR("exc", s->v.Raise.exc);
        F_OPT_EXPR("cause", s->v.Raise.cause);
        CLOSE_AT(s);
        break;
    }
    case Try_kind: case TryStar_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == Try_kind ? "Try(" : "TryStar(");
        F_SEQ("body", s->v.Try.body, K_STMT);
        F_SEQ("handlers", s->v.Try.handlers, K_HANDLER);
        F_SEQ("orelse", s->v.Try.orelse, K_STMT);
        F_SEQ("finalbody", s->v.Try.finalbody, K_STMT);
        CLOSE_AT(s);
        break;
    }
    case Assert_kind: {
        OPEN("Assert");
        F_EXPR("test", s->v.Assert.test);
        F_OPT_EXPR("msg", s->v.Assert.msg);
        CLOSE_AT(s);
        break;
    }
    case Import_kind: {
        OPEN("Import");
        F_SEQ("names", s->v.Import.names, K_ALIAS);
        CLOSE_AT(s);
        break;
    }
    case ImportFrom_kind: {
        OPEN("ImportFrom");
        F_OPT_OBJ("module", s->v.ImportFrom.module);
        F_SEQ("names", s->v.ImportFrom.names, K_ALIAS);
        F_INT("level", s->v.ImportFrom.level);
        CLOSE_AT(s);
        break;
    }
    case Global_kind: case Nonlocal_kind: {
        node_w w = {d, 0};
        puts_(d, s->kind == Global_kind ? "Global(" : "Nonlocal(");
        F_SEQ("names", s->v.Global.names, K_IDENT);
        CLOSE_AT(s);
        break;
    }
    case Expr_kind: {
        OPEN("Expr");
        F_EXPR("value", s->v.Expr.value);
        CLOSE_AT(s);
        break;
    }
    case Pass_kind: { OPEN("Pass"); CLOSE_AT(s); break; }
    case Break_kind: { OPEN("Break"); CLOSE_AT(s); break; }
    case Continue_kind: { OPEN("Continue"); CLOSE_AT(s); break; }
    }
}

static void
dump_pattern(dbuf *d, pattern_ty p)
{
    switch (p->kind) {
    case MatchValue_kind: {
        OPEN("MatchValue");
        F_EXPR("value", p->v.MatchValue.value);
        CLOSE_AT(p);
        break;
    }
    case MatchSingleton_kind: {
        OPEN("MatchSingleton");
        F_OBJ("value", p->v.MatchSingleton.value);
        CLOSE_AT(p);
        break;
    }
    case MatchSequence_kind: {
        OPEN("MatchSequence");
        F_SEQ("patterns", p->v.MatchSequence.patterns, K_PATTERN);
        CLOSE_AT(p);
        break;
    }
    case MatchMapping_kind: {
        OPEN("MatchMapping");
        F_SEQ("keys", p->v.MatchMapping.keys, K_EXPR);
        F_SEQ("patterns", p->v.MatchMapping.patterns, K_PATTERN);
        F_OPT_OBJ("rest", p->v.MatchMapping.rest);
        CLOSE_AT(p);
        break;
    }
    case MatchClass_kind: {
        OPEN("MatchClass");
        F_EXPR("cls", p->v.MatchClass.cls);
        F_SEQ("patterns", p->v.MatchClass.patterns, K_PATTERN);
        F_SEQ("kwd_attrs", p->v.MatchClass.kwd_attrs, K_IDENT);
        F_SEQ("kwd_patterns", p->v.MatchClass.kwd_patterns, K_PATTERN);
        CLOSE_AT(p);
        break;
    }
    case MatchStar_kind: {
        OPEN("MatchStar");
        F_OPT_OBJ("name", p->v.MatchStar.name);
        CLOSE_AT(p);
        break;
    }
    case MatchAs_kind: {
        OPEN("MatchAs");
        if (p->v.MatchAs.pattern) {
            field(&w, "pattern");
            dump_pattern(d, p->v.MatchAs.pattern);
        }
        F_OPT_OBJ("name", p->v.MatchAs.name);
        CLOSE_AT(p);
        break;
    }
    case MatchOr_kind: {
        OPEN("MatchOr");
        F_SEQ("patterns", p->v.MatchOr.patterns, K_PATTERN);
        CLOSE_AT(p);
        break;
    }
    }
}

/* include_attributes: also the positions, as ast.dump(tree, include_attributes=True) */
PyObject *_KrAST_DumpEx(mod_ty m, int include_attributes);

PyObject *
_KrAST_Dump(mod_ty m)
{
    return _KrAST_DumpEx(m, 0);
}

PyObject *
_KrAST_DumpEx(mod_ty m, int include_attributes)
{
    dbuf db = {0}, *d = &db;
    d->attrs = include_attributes;
    switch (m->kind) {
    case Module_kind: {
        OPEN("Module");
        F_SEQ("body", m->v.Module.body, K_STMT);
        F_SEQ("type_ignores", m->v.Module.type_ignores, K_EXPR);
        CLOSE();
        break;
    }
    case Interactive_kind: {
        OPEN("Interactive");
        F_SEQ("body", m->v.Interactive.body, K_STMT);
        CLOSE();
        break;
    }
    case Expression_kind: {
        OPEN("Expression");
        F_EXPR("body", m->v.Expression.body);
        CLOSE();
        break;
    }
    case FunctionType_kind: {
        OPEN("FunctionType");
        F_SEQ("argtypes", m->v.FunctionType.argtypes, K_EXPR);
        F_EXPR("returns", m->v.FunctionType.returns);
        CLOSE();
        break;
    }
    }
    PyObject *r = NULL;
    if (!d->err)
        r = PyUnicode_DecodeUTF8(d->b ? d->b : "", (Py_ssize_t)d->n, NULL);
    PyMem_Free(d->b);
    return r;
}
