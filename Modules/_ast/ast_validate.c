/* The validator: the checks CPython 3.11 makes on a tree that comes from
 * AST objects before compiling it (the parser's trees are valid by
 * construction and skip it).
 *
 * The conversion from objects (astmodule.c) has already checked types
 * and that required fields are present; what is left is what the grammar
 * cannot say: that an assignment target has the Store context and
 * everything read has Load, that Constant holds only constant types,
 * that bodies and name lists are not empty, that the list fields which
 * must pair up (Dict keys/values, Compare ops/comparators, defaults)
 * do, that positions form a range, and the rules of match patterns.
 * The compiler relies on each of these: without them a hand-built tree
 * could make it read past a list or compile nonsense.  Messages and
 * exception types are CPython's. */
#include "Python.h"
#include "kr_runtime.h"
#include "kr_compile.h"
#include <string.h>

int _PyAST_Validate(mod_ty mod);

static int validate_stmts(asdl_stmt_seq *seq);
static int validate_expr(expr_ty exp, expr_context_ty ctx);
static int validate_pattern(pattern_ty p, int star_ok);

static const char *const ctx_names[] = {"", "Load", "Store", "Del"};

#define CHECK_POSITIONS(node)                                                               \
    do {                                                                                    \
        if ((node)->lineno > (node)->end_lineno) {                                          \
            PyErr_Format(PyExc_ValueError, "AST node line range (%d, %d) is not valid",     \
                         (node)->lineno, (node)->end_lineno);                               \
            return 0;                                                                       \
        }                                                                                   \
        if (((node)->lineno < 0 && (node)->end_lineno != (node)->lineno) ||                 \
            ((node)->col_offset < 0 && (node)->col_offset != (node)->end_col_offset)) {     \
            PyErr_Format(PyExc_ValueError,                                                  \
                         "AST node column range (%d, %d) for line range (%d, %d) is not valid", \
                         (node)->col_offset, (node)->end_col_offset, (node)->lineno,        \
                         (node)->end_lineno);                                               \
            return 0;                                                                       \
        }                                                                                   \
        if ((node)->lineno == (node)->end_lineno &&                                         \
            (node)->col_offset > (node)->end_col_offset) {                                  \
            PyErr_Format(PyExc_ValueError, "line %d, column %d-%d is not a valid range",    \
                         (node)->lineno, (node)->col_offset, (node)->end_col_offset);       \
            return 0;                                                                       \
        }                                                                                   \
    } while (0)

static int
validate_name(PyObject *name)
{
    static const char *const forbidden[] = {"None", "True", "False"};
    for (int i = 0; i < 3; i++) {
        if (PyUnicode_CompareWithASCIIString(name, forbidden[i]) == 0) {
            PyErr_Format(PyExc_ValueError, "identifier field can't represent '%s' constant",
                         forbidden[i]);
            return 0;
        }
    }
    return 1;
}

static int
validate_constant(PyObject *value)
{
    if (value == Py_None || value == Py_Ellipsis)
        return 1;
    if (PyLong_CheckExact(value) || PyFloat_CheckExact(value) || PyComplex_CheckExact(value) ||
        PyBool_Check(value) || PyUnicode_CheckExact(value) || PyBytes_CheckExact(value))
        return 1;
    if (PyTuple_CheckExact(value) || PyFrozenSet_CheckExact(value)) {
        PyObject *it = PyObject_GetIter(value);
        if (it == NULL)
            return 0;
        PyObject *item;
        while ((item = PyIter_Next(it)) != NULL) {
            int ok = validate_constant(item);
            Py_DECREF(item);
            if (!ok) {
                Py_DECREF(it);
                return 0;
            }
        }
        Py_DECREF(it);
        return !PyErr_Occurred();
    }
    if (!PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "got an invalid type in Constant: %s",
                     _PyType_Name(Py_TYPE(value)));
    return 0;
}

static int
validate_nonempty_seq(asdl_seq *seq, const char *what, const char *owner)
{
    if (asdl_seq_LEN(seq))
        return 1;
    PyErr_Format(PyExc_ValueError, "empty %s on %s", what, owner);
    return 0;
}

static int
validate_body(asdl_stmt_seq *body, const char *owner)
{
    return validate_nonempty_seq(body, "body", owner) && validate_stmts(body);
}

static int
validate_exprs(asdl_expr_seq *exprs, expr_context_ty ctx, int null_ok)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(exprs); i++) {
        expr_ty e = asdl_seq_GET(exprs, i);
        if (e) {
            if (!validate_expr(e, ctx))
                return 0;
        }
        else if (!null_ok) {
            PyErr_SetString(PyExc_ValueError, "None disallowed in expression list");
            return 0;
        }
    }
    return 1;
}

static int
validate_args(asdl_arg_seq *args)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        CHECK_POSITIONS(a);
        if (a->annotation && !validate_expr(a->annotation, Load))
            return 0;
    }
    return 1;
}

static int
validate_arguments(arguments_ty args)
{
    if (!validate_args(args->posonlyargs) || !validate_args(args->args))
        return 0;
    if (args->vararg && args->vararg->annotation && !validate_expr(args->vararg->annotation, Load))
        return 0;
    if (!validate_args(args->kwonlyargs))
        return 0;
    if (args->kwarg && args->kwarg->annotation && !validate_expr(args->kwarg->annotation, Load))
        return 0;
    if (asdl_seq_LEN(args->defaults) > asdl_seq_LEN(args->posonlyargs) + asdl_seq_LEN(args->args)) {
        PyErr_SetString(PyExc_ValueError, "more positional defaults than args on arguments");
        return 0;
    }
    if (asdl_seq_LEN(args->kw_defaults) != asdl_seq_LEN(args->kwonlyargs)) {
        PyErr_SetString(PyExc_ValueError,
                        "length of kwonlyargs is not the same as kw_defaults on arguments");
        return 0;
    }
    return validate_exprs(args->defaults, Load, 0) && validate_exprs(args->kw_defaults, Load, 1);
}

static int
validate_keywords(asdl_keyword_seq *keywords)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(keywords); i++) {
        keyword_ty kw = asdl_seq_GET(keywords, i);
        if (!validate_expr(kw->value, Load))
            return 0;
    }
    return 1;
}

static int
validate_comprehension(asdl_comprehension_seq *gens)
{
    if (!asdl_seq_LEN(gens)) {
        PyErr_SetString(PyExc_ValueError, "comprehension with no generators");
        return 0;
    }
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(gens); i++) {
        comprehension_ty c = asdl_seq_GET(gens, i);
        if (!validate_expr(c->target, Store) || !validate_expr(c->iter, Load) ||
            !validate_exprs(c->ifs, Load, 0))
            return 0;
    }
    return 1;
}

static int
validate_expr_inner(expr_ty exp, expr_context_ty ctx)
{
    CHECK_POSITIONS(exp);
    int check_ctx = 1;
    expr_context_ty actual = Load;
    switch (exp->kind) {
    case Attribute_kind: actual = exp->v.Attribute.ctx; break;
    case Subscript_kind: actual = exp->v.Subscript.ctx; break;
    case Starred_kind: actual = exp->v.Starred.ctx; break;
    case Name_kind: actual = exp->v.Name.ctx; break;
    case List_kind: actual = exp->v.List.ctx; break;
    case Tuple_kind: actual = exp->v.Tuple.ctx; break;
    default:
        if (ctx != Load) {
            PyErr_Format(PyExc_ValueError, "expression which can't be assigned to in %s context",
                         ctx_names[ctx]);
            return 0;
        }
        check_ctx = 0;
    }
    if (check_ctx && actual != ctx) {
        PyErr_Format(PyExc_ValueError, "expression must have %s context but has %s instead",
                     ctx_names[ctx], ctx_names[actual]);
        return 0;
    }
    switch (exp->kind) {
    case BoolOp_kind:
        if (asdl_seq_LEN(exp->v.BoolOp.values) < 2) {
            PyErr_SetString(PyExc_ValueError, "BoolOp with less than 2 values");
            return 0;
        }
        return validate_exprs(exp->v.BoolOp.values, Load, 0);
    case NamedExpr_kind:
        if (exp->v.NamedExpr.target->kind != Name_kind) {
            PyErr_SetString(PyExc_TypeError, "NamedExpr target must be a Name");
            return 0;
        }
        return validate_expr(exp->v.NamedExpr.value, Load);
    case BinOp_kind:
        return validate_expr(exp->v.BinOp.left, Load) && validate_expr(exp->v.BinOp.right, Load);
    case UnaryOp_kind:
        return validate_expr(exp->v.UnaryOp.operand, Load);
    case Lambda_kind:
        return validate_arguments(exp->v.Lambda.args) && validate_expr(exp->v.Lambda.body, Load);
    case IfExp_kind:
        return validate_expr(exp->v.IfExp.test, Load) && validate_expr(exp->v.IfExp.body, Load) &&
               validate_expr(exp->v.IfExp.orelse, Load);
    case Dict_kind:
        if (asdl_seq_LEN(exp->v.Dict.keys) != asdl_seq_LEN(exp->v.Dict.values)) {
            PyErr_SetString(PyExc_ValueError,
                            "Dict doesn't have the same number of keys as values");
            return 0;
        }
        return validate_exprs(exp->v.Dict.keys, Load, 1) &&
               validate_exprs(exp->v.Dict.values, Load, 0);
    case Set_kind:
        return validate_exprs(exp->v.Set.elts, Load, 0);
    case ListComp_kind: case SetComp_kind: case GeneratorExp_kind:
        return validate_comprehension(exp->v.ListComp.generators) &&
               validate_expr(exp->v.ListComp.elt, Load);
    case DictComp_kind:
        return validate_comprehension(exp->v.DictComp.generators) &&
               validate_expr(exp->v.DictComp.key, Load) && validate_expr(exp->v.DictComp.value, Load);
    case Yield_kind:
        return !exp->v.Yield.value || validate_expr(exp->v.Yield.value, Load);
    case YieldFrom_kind:
        return validate_expr(exp->v.YieldFrom.value, Load);
    case Await_kind:
        return validate_expr(exp->v.Await.value, Load);
    case Compare_kind:
        if (!asdl_seq_LEN(exp->v.Compare.comparators)) {
            PyErr_SetString(PyExc_ValueError, "Compare with no comparators");
            return 0;
        }
        if (asdl_seq_LEN(exp->v.Compare.comparators) != asdl_seq_LEN(exp->v.Compare.ops)) {
            PyErr_SetString(PyExc_ValueError,
                            "Compare has a different number of comparators and operands");
            return 0;
        }
        return validate_exprs(exp->v.Compare.comparators, Load, 0) &&
               validate_expr(exp->v.Compare.left, Load);
    case Call_kind:
        return validate_expr(exp->v.Call.func, Load) && validate_exprs(exp->v.Call.args, Load, 0) &&
               validate_keywords(exp->v.Call.keywords);
    case Constant_kind:
        return validate_constant(exp->v.Constant.value);
    case JoinedStr_kind:
        return validate_exprs(exp->v.JoinedStr.values, Load, 0);
    case FormattedValue_kind:
        if (!validate_expr(exp->v.FormattedValue.value, Load))
            return 0;
        return !exp->v.FormattedValue.format_spec ||
               validate_expr(exp->v.FormattedValue.format_spec, Load);
    case Attribute_kind:
        return validate_expr(exp->v.Attribute.value, Load);
    case Subscript_kind:
        return validate_expr(exp->v.Subscript.slice, Load) &&
               validate_expr(exp->v.Subscript.value, Load);
    case Starred_kind:
        return validate_expr(exp->v.Starred.value, ctx);
    case Slice_kind:
        return (!exp->v.Slice.lower || validate_expr(exp->v.Slice.lower, Load)) &&
               (!exp->v.Slice.upper || validate_expr(exp->v.Slice.upper, Load)) &&
               (!exp->v.Slice.step || validate_expr(exp->v.Slice.step, Load));
    case List_kind:
        return validate_exprs(exp->v.List.elts, ctx, 0);
    case Tuple_kind:
        return validate_exprs(exp->v.Tuple.elts, ctx, 0);
    case Name_kind:
        return validate_name(exp->v.Name.id);
    }
    PyErr_SetString(PyExc_SystemError, "unexpected expression");
    return 0;
}

static int
validate_expr(expr_ty exp, expr_context_ty ctx)
{
    if (Py_EnterRecursiveCall(" during compilation"))
        return 0;
    int r = validate_expr_inner(exp, ctx);
    Py_LeaveRecursiveCall();
    return r;
}

static int
validate_capture(PyObject *name)
{
    if (PyUnicode_CompareWithASCIIString(name, "_") == 0) {
        PyErr_Format(PyExc_ValueError, "can't capture name '_' in patterns");
        return 0;
    }
    return validate_name(name);
}

/* A value in a pattern: a literal, a negated number or a complex literal
 * (which constant folding must turn into a constant), or a dotted name. */
static int
validate_pattern_match_value(expr_ty exp)
{
    if (!validate_expr(exp, Load))
        return 0;
    switch (exp->kind) {
    case Constant_kind: {
        PyObject *v = exp->v.Constant.value;
        if (PyLong_CheckExact(v) || PyFloat_CheckExact(v) || PyComplex_CheckExact(v) ||
            PyBytes_CheckExact(v) || PyUnicode_CheckExact(v))
            return 1;
        /* None, True and False belong in MatchSingleton */
        PyErr_SetString(PyExc_ValueError, "unexpected constant inside of a literal pattern");
        return 0;
    }
    case Attribute_kind:
        return 1;
    case UnaryOp_kind:
        if (exp->v.UnaryOp.op == USub)
            return 1;
        break;
    case BinOp_kind:
        if (exp->v.BinOp.op == Add || exp->v.BinOp.op == Sub)
            return 1;
        break;
    case JoinedStr_kind:
        /* the compiler refuses it */
        return 1;
    default:
        break;
    }
    PyErr_SetString(PyExc_ValueError, "patterns may only match literals and attribute lookups");
    return 0;
}

static int
validate_patterns(asdl_pattern_seq *patterns, int star_ok)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(patterns); i++)
        if (!validate_pattern(asdl_seq_GET(patterns, i), star_ok))
            return 0;
    return 1;
}

static int
validate_pattern_inner(pattern_ty p, int star_ok)
{
    CHECK_POSITIONS(p);
    switch (p->kind) {
    case MatchValue_kind:
        return validate_pattern_match_value(p->v.MatchValue.value);
    case MatchSingleton_kind: {
        PyObject *v = p->v.MatchSingleton.value;
        if (v != Py_None && v != Py_True && v != Py_False) {
            PyErr_SetString(PyExc_ValueError,
                            "MatchSingleton can only contain True, False and None");
            return 0;
        }
        return 1;
    }
    case MatchSequence_kind:
        return validate_patterns(p->v.MatchSequence.patterns, 1);
    case MatchMapping_kind:
        if (asdl_seq_LEN(p->v.MatchMapping.keys) != asdl_seq_LEN(p->v.MatchMapping.patterns)) {
            PyErr_SetString(PyExc_ValueError,
                            "MatchMapping doesn't have the same number of keys as patterns");
            return 0;
        }
        if (p->v.MatchMapping.rest && !validate_capture(p->v.MatchMapping.rest))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(p->v.MatchMapping.keys); i++) {
            expr_ty key = asdl_seq_GET(p->v.MatchMapping.keys, i);
            if (key == NULL) {
                PyErr_SetString(PyExc_ValueError, "None disallowed in expression list");
                return 0;
            }
            if (key->kind == Constant_kind &&
                (key->v.Constant.value == Py_None || key->v.Constant.value == Py_True ||
                 key->v.Constant.value == Py_False)) {
                if (!validate_expr(key, Load))
                    return 0;
                continue;
            }
            if (!validate_pattern_match_value(key))
                return 0;
        }
        return validate_patterns(p->v.MatchMapping.patterns, 0);
    case MatchClass_kind: {
        if (asdl_seq_LEN(p->v.MatchClass.kwd_attrs) != asdl_seq_LEN(p->v.MatchClass.kwd_patterns)) {
            PyErr_SetString(PyExc_ValueError,
                            "MatchClass doesn't have the same number of keyword attributes as patterns");
            return 0;
        }
        if (!validate_expr(p->v.MatchClass.cls, Load))
            return 0;
        expr_ty cls = p->v.MatchClass.cls;
        while (cls->kind == Attribute_kind)
            cls = cls->v.Attribute.value;
        if (cls->kind != Name_kind) {
            PyErr_SetString(PyExc_ValueError,
                            "MatchClass cls field can only contain Name or Attribute nodes.");
            return 0;
        }
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(p->v.MatchClass.kwd_attrs); i++)
            if (!validate_name(asdl_seq_GET(p->v.MatchClass.kwd_attrs, i)))
                return 0;
        return validate_patterns(p->v.MatchClass.patterns, 0) &&
               validate_patterns(p->v.MatchClass.kwd_patterns, 0);
    }
    case MatchStar_kind:
        if (!star_ok) {
            PyErr_SetString(PyExc_ValueError, "can't use MatchStar here");
            return 0;
        }
        return !p->v.MatchStar.name || validate_capture(p->v.MatchStar.name);
    case MatchAs_kind:
        if (p->v.MatchAs.name && !validate_capture(p->v.MatchAs.name))
            return 0;
        if (p->v.MatchAs.pattern == NULL)
            return 1;
        if (p->v.MatchAs.name == NULL) {
            PyErr_SetString(PyExc_ValueError,
                            "MatchAs must specify a target name if a pattern is given");
            return 0;
        }
        return validate_pattern(p->v.MatchAs.pattern, 0);
    case MatchOr_kind:
        if (asdl_seq_LEN(p->v.MatchOr.patterns) < 2) {
            PyErr_SetString(PyExc_ValueError, "MatchOr requires at least 2 patterns");
            return 0;
        }
        return validate_patterns(p->v.MatchOr.patterns, 0);
    }
    PyErr_SetString(PyExc_SystemError, "unexpected pattern");
    return 0;
}

static int
validate_pattern(pattern_ty p, int star_ok)
{
    if (p == NULL) {
        PyErr_SetString(PyExc_ValueError, "None disallowed in pattern list");
        return 0;
    }
    if (Py_EnterRecursiveCall(" during compilation"))
        return 0;
    int r = validate_pattern_inner(p, star_ok);
    Py_LeaveRecursiveCall();
    return r;
}

static int
validate_withitems(asdl_withitem_seq *items, const char *owner)
{
    if (!validate_nonempty_seq(items, "items", owner))
        return 0;
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(items); i++) {
        withitem_ty item = asdl_seq_GET(items, i);
        if (!validate_expr(item->context_expr, Load) ||
            (item->optional_vars && !validate_expr(item->optional_vars, Store)))
            return 0;
    }
    return 1;
}

static int
validate_try(asdl_stmt_seq *body, asdl_excepthandler_seq *handlers, asdl_stmt_seq *orelse,
             asdl_stmt_seq *finalbody, const char *owner)
{
    if (!validate_body(body, owner))
        return 0;
    if (!asdl_seq_LEN(handlers) && !asdl_seq_LEN(finalbody)) {
        PyErr_Format(PyExc_ValueError, "%s has neither except handlers nor finalbody", owner);
        return 0;
    }
    if (!asdl_seq_LEN(handlers) && asdl_seq_LEN(orelse)) {
        PyErr_Format(PyExc_ValueError, "%s has orelse but no except handlers", owner);
        return 0;
    }
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(handlers); i++) {
        excepthandler_ty h = asdl_seq_GET(handlers, i);
        if (h == NULL) {
            /* CPython 3.11 crashes here */
            PyErr_SetString(PyExc_ValueError, "None disallowed in handler list");
            return 0;
        }
        CHECK_POSITIONS(h);
        if ((h->v.ExceptHandler.type && !validate_expr(h->v.ExceptHandler.type, Load)) ||
            !validate_body(h->v.ExceptHandler.body, "ExceptHandler"))
            return 0;
    }
    return validate_stmts(finalbody) && validate_stmts(orelse);
}

static int
validate_stmt_inner(stmt_ty s)
{
    CHECK_POSITIONS(s);
    switch (s->kind) {
    case FunctionDef_kind: case AsyncFunctionDef_kind:
        return validate_body(s->v.FunctionDef.body,
                             s->kind == FunctionDef_kind ? "FunctionDef" : "AsyncFunctionDef") &&
               validate_arguments(s->v.FunctionDef.args) &&
               validate_exprs(s->v.FunctionDef.decorator_list, Load, 0) &&
               (!s->v.FunctionDef.returns || validate_expr(s->v.FunctionDef.returns, Load));
    case ClassDef_kind:
        return validate_body(s->v.ClassDef.body, "ClassDef") &&
               validate_exprs(s->v.ClassDef.bases, Load, 0) &&
               validate_keywords(s->v.ClassDef.keywords) &&
               validate_exprs(s->v.ClassDef.decorator_list, Load, 0);
    case Return_kind:
        return !s->v.Return.value || validate_expr(s->v.Return.value, Load);
    case Delete_kind:
        return validate_nonempty_seq(s->v.Delete.targets, "targets", "Delete") &&
               validate_exprs(s->v.Delete.targets, Del, 0);
    case Assign_kind:
        return validate_nonempty_seq(s->v.Assign.targets, "targets", "Assign") &&
               validate_expr(s->v.Assign.value, Load) &&
               validate_exprs(s->v.Assign.targets, Store, 0);
    case AugAssign_kind:
        return validate_expr(s->v.AugAssign.target, Store) &&
               validate_expr(s->v.AugAssign.value, Load);
    case AnnAssign_kind:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != Name_kind) {
            PyErr_SetString(PyExc_TypeError, "AnnAssign with simple non-Name target");
            return 0;
        }
        return validate_expr(s->v.AnnAssign.target, Store) &&
               (!s->v.AnnAssign.value || validate_expr(s->v.AnnAssign.value, Load)) &&
               validate_expr(s->v.AnnAssign.annotation, Load);
    case For_kind: case AsyncFor_kind:
        return validate_expr(s->v.For.target, Store) && validate_expr(s->v.For.iter, Load) &&
               validate_body(s->v.For.body, s->kind == For_kind ? "For" : "AsyncFor") &&
               validate_stmts(s->v.For.orelse);
    case While_kind: case If_kind:
        return validate_expr(s->v.If.test, Load) &&
               validate_body(s->v.If.body, s->kind == While_kind ? "While" : "If") &&
               validate_stmts(s->v.If.orelse);
    case With_kind: case AsyncWith_kind: {
        const char *owner = s->kind == With_kind ? "With" : "AsyncWith";
        return validate_withitems(s->v.With.items, owner) && validate_body(s->v.With.body, owner);
    }
    case Match_kind:
        if (!validate_expr(s->v.Match.subject, Load) ||
            !validate_nonempty_seq(s->v.Match.cases, "cases", "Match"))
            return 0;
        for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Match.cases); i++) {
            match_case_ty m = asdl_seq_GET(s->v.Match.cases, i);
            if (!validate_pattern(m->pattern, 0) ||
                (m->guard && !validate_expr(m->guard, Load)) ||
                !validate_body(m->body, "match_case"))
                return 0;
        }
        return 1;
    case Raise_kind:
        if (s->v.Raise.exc)
            return validate_expr(s->v.Raise.exc, Load) &&
                   (!s->v.Raise.cause || validate_expr(s->v.Raise.cause, Load));
        if (s->v.Raise.cause) {
            PyErr_SetString(PyExc_ValueError, "Raise with cause but no exception");
            return 0;
        }
        return 1;
    case Try_kind: case TryStar_kind:
        return validate_try(s->v.Try.body, s->v.Try.handlers, s->v.Try.orelse,
                            s->v.Try.finalbody, s->kind == Try_kind ? "Try" : "TryStar");
    case Assert_kind:
        return validate_expr(s->v.Assert.test, Load) &&
               (!s->v.Assert.msg || validate_expr(s->v.Assert.msg, Load));
    case Import_kind:
        return validate_nonempty_seq(s->v.Import.names, "names", "Import");
    case ImportFrom_kind:
        if (s->v.ImportFrom.level < 0) {
            PyErr_SetString(PyExc_ValueError, "Negative ImportFrom level");
            return 0;
        }
        return validate_nonempty_seq(s->v.ImportFrom.names, "names", "ImportFrom");
    case Global_kind:
        return validate_nonempty_seq(s->v.Global.names, "names", "Global");
    case Nonlocal_kind:
        return validate_nonempty_seq(s->v.Nonlocal.names, "names", "Nonlocal");
    case Expr_kind:
        return validate_expr(s->v.Expr.value, Load);
    case Pass_kind: case Break_kind: case Continue_kind:
        return 1;
    }
    PyErr_SetString(PyExc_SystemError, "unexpected statement");
    return 0;
}

static int
validate_stmts(asdl_stmt_seq *seq)
{
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(seq); i++) {
        stmt_ty s = asdl_seq_GET(seq, i);
        if (s == NULL) {
            PyErr_SetString(PyExc_ValueError, "None disallowed in statement list");
            return 0;
        }
        if (Py_EnterRecursiveCall(" during compilation"))
            return 0;
        int r = validate_stmt_inner(s);
        Py_LeaveRecursiveCall();
        if (!r)
            return 0;
    }
    return 1;
}

/* 1 if the tree may be compiled; 0 with an exception if not. */
int
_PyAST_Validate(mod_ty mod)
{
    switch (mod->kind) {
    case Module_kind:
        return validate_stmts(mod->v.Module.body);
    case Interactive_kind:
        return validate_stmts(mod->v.Interactive.body);
    case Expression_kind:
        return validate_expr(mod->v.Expression.body, Load);
    case FunctionType_kind:
        return validate_exprs(mod->v.FunctionType.argtypes, Load, 0) &&
               validate_expr(mod->v.FunctionType.returns, Load);
    }
    PyErr_SetString(PyExc_SystemError, "impossible module node");
    return 0;
}
