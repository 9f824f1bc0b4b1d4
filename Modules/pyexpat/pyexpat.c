/* pyexpat: the C layer under xml.parsers.expat, xml.etree.ElementTree,
 * xml.dom.minidom, xml.sax and plistlib, built on the system's Expat.
 *
 * Expat is a push parser driven by C callbacks.  An xmlparser object owns
 * one XML_Parser whose user data points back at the object; every Python
 * handler attribute has a slot in `handlers[]` and a fixed C trampoline
 * that converts Expat's UTF-8 strings to str and calls the slot.  A
 * trampoline is installed in Expat only while its slot is set, so Expat
 * does no work (and keeps its default behaviour, e.g. passing text to the
 * DefaultHandler) for events nobody listens to.  `install_handler` is one
 * switch over the typed XML_Set*Handler functions rather than a table of
 * cast function pointers, so every call goes through its real prototype.
 *
 * Errors.  Expat cannot unwind through a Python exception, so a handler
 * that raises (or a conversion that fails) leaves the exception set,
 * drops every handler (as CPython does: the object reads back None for
 * all of them) and stops the parser with XML_StopParser; Parse() then
 * sees the pending exception and returns NULL instead of an ExpatError.
 * Each trampoline also refuses to run while an exception is pending, for
 * the events Expat still reports between the raise and the stop.
 *
 * Character data.  Expat hands text over in small pieces (per line, per
 * entity).  With buffer_text on, pieces are gathered in a byte buffer of
 * buffer_size and delivered as one call; any other event, the end of a
 * Parse() call, or changing the text settings flushes it first so the
 * order of events is kept.  buffer_used counts UTF-8 bytes, as in
 * CPython.
 *
 * Interning.  Names (element, attribute, entity, prefix, ...) go through
 * the parser's `intern` dict so that equal names are one object, which
 * minidom relies on for memory; text and attribute values do not.
 *
 * Encodings Expat does not know (e.g. an XML declaration saying
 * "iso-8859-15") are resolved by decoding the 256 byte values with the
 * Python codec; multi-byte codecs are refused, as in CPython.
 *
 * A handler's exception gets a traceback entry naming the C callback
 * (_PyTraceback_Add), as in CPython.
 *
 * Not done: the expat_CAPI capsule (nothing in Krait consumes it). */
#include "Python.h"
#include "structmember.h"
#include "traceback.h"
#include <expat.h>
#include <limits.h>
#include <stdarg.h>
#include <string.h>

/* ---------------------------------------------------------------- */
/* The handler slots */

enum {
    H_StartElement,
    H_EndElement,
    H_ProcessingInstruction,
    H_CharacterData,
    H_UnparsedEntityDecl,
    H_NotationDecl,
    H_StartNamespaceDecl,
    H_EndNamespaceDecl,
    H_Comment,
    H_StartCdataSection,
    H_EndCdataSection,
    H_Default,
    H_DefaultExpand,
    H_NotStandalone,
    H_ExternalEntityRef,
    H_StartDoctypeDecl,
    H_EndDoctypeDecl,
    H_EntityDecl,
    H_XmlDecl,
    H_ElementDecl,
    H_AttlistDecl,
    H_SkippedEntity,
    H_COUNT
};

static const char *const handler_names[H_COUNT] = {
    "StartElementHandler",
    "EndElementHandler",
    "ProcessingInstructionHandler",
    "CharacterDataHandler",
    "UnparsedEntityDeclHandler",
    "NotationDeclHandler",
    "StartNamespaceDeclHandler",
    "EndNamespaceDeclHandler",
    "CommentHandler",
    "StartCdataSectionHandler",
    "EndCdataSectionHandler",
    "DefaultHandler",
    "DefaultHandlerExpand",
    "NotStandaloneHandler",
    "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler",
    "EntityDeclHandler",
    "XmlDeclHandler",
    "ElementDeclHandler",
    "AttlistDeclHandler",
    "SkippedEntityHandler",
};

typedef struct {
    PyObject_HEAD
    XML_Parser itself;
    int ordered_attributes;
    int specified_attributes;
    int ns_prefixes;
    int in_callback;
    /* buffer_text: NULL when off */
    XML_Char *buffer;
    int buffer_size;
    int buffer_used;
    PyObject *intern;  /* dict or NULL */
    /* an external entity parser keeps its parent alive: Expat requires
     * the parent parser to outlive it */
    PyObject *parent;
    PyObject *handlers[H_COUNT];
} ParserObject;

static PyTypeObject Parser_Type;
static PyObject *ExpatError;

#define DEFAULT_BUFFER_SIZE 8192
#define READ_SIZE 2048
/* Parse() feeds Expat at most this much at a time: its length is an int */
#define MAX_CHUNK (1 << 20)

/* ---------------------------------------------------------------- */
/* Conversions */

static PyObject *
str_or_none(const XML_Char *s)
{
    if (s == NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "strict");
}

static PyObject *
str_len_or_none(const XML_Char *s, int len)
{
    if (s == NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, len, "strict");
}

/* A name, shared through the intern dict when there is one. */
static PyObject *
name_str(ParserObject *self, const XML_Char *s)
{
    PyObject *u = str_or_none(s);
    if (u == NULL || s == NULL || self->intern == NULL)
        return u;
    PyObject *old = PyDict_GetItemWithError(self->intern, u);
    if (old != NULL) {
        Py_INCREF(old);
        Py_DECREF(u);
        return old;
    }
    if (PyErr_Occurred() || PyDict_SetItem(self->intern, u, u) < 0) {
        Py_DECREF(u);
        return NULL;
    }
    return u;
}

/* A tuple of n new references; NULL if any of them is NULL (the others
 * are released), so callers can pass conversions straight in. */
static PyObject *
pack(int n, ...)
{
    PyObject *items[8];
    va_list ap;
    int bad = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        items[i] = va_arg(ap, PyObject *);
        if (items[i] == NULL)
            bad = 1;
    }
    va_end(ap);
    PyObject *t = bad ? NULL : PyTuple_New(n);
    if (t == NULL) {
        for (int i = 0; i < n; i++)
            Py_XDECREF(items[i]);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        PyTuple_SET_ITEM(t, i, items[i]);
    return t;
}

/* ---------------------------------------------------------------- */
/* Installing the C trampolines */

static void install_handler(ParserObject *self, int which, int on);

static void
clear_handlers(ParserObject *self)
{
    for (int i = 0; i < H_COUNT; i++) {
        if (self->handlers[i] != NULL) {
            Py_CLEAR(self->handlers[i]);
            install_handler(self, i, 0);
        }
    }
}

/* A handler raised or a conversion failed: the exception is set.  Stop
 * here; Parse() will report the exception. */
static void
flag_error(ParserObject *self)
{
    clear_handlers(self);
    XML_StopParser(self->itself, XML_FALSE);
}

/* Call handler `which` with `args` (stolen); the result, or NULL with
 * the parser stopped. */
static PyObject *
call_handler(ParserObject *self, int which, PyObject *args)
{
    PyObject *func = self->handlers[which];
    if (args == NULL || func == NULL) {
        Py_XDECREF(args);
        if (PyErr_Occurred())
            flag_error(self);
        return NULL;
    }
    Py_INCREF(func);
    self->in_callback = 1;
    PyObject *res = PyObject_Call(func, args, NULL);
    self->in_callback = 0;
    Py_DECREF(func);
    Py_DECREF(args);
    if (res == NULL) {
        /* the traceback names the C callback between Parse() and the
         * handler, as CPython's does: "StartElement", "CharacterData",
         * ..., and "DefaultHandlerExpand" */
        char name[40];
        const char *attr = handler_names[which];
        size_t len = strlen(attr);
        if (which != H_DefaultExpand)
            len -= strlen("Handler");
        snprintf(name, sizeof name, "%.*s", (int)len, attr);
        _PyTraceback_Add(name, __FILE__, __LINE__);
        flag_error(self);
    }
    return res;
}

static int
call_character_handler(ParserObject *self, const XML_Char *data, int len)
{
    if (self->handlers[H_CharacterData] == NULL)
        return 0;
    PyObject *res = call_handler(self, H_CharacterData,
                                 pack(1, str_len_or_none(data, len)));
    if (res == NULL)
        return -1;
    Py_DECREF(res);
    return 0;
}

static int
flush_buffer(ParserObject *self)
{
    if (self->buffer == NULL || self->buffer_used == 0)
        return 0;
    /* the handler sees buffer_used still counting what it is given */
    int rc = call_character_handler(self, self->buffer, self->buffer_used);
    self->buffer_used = 0;
    return rc;
}

/* Whether the trampoline for `which` should go on: a handler is set, no
 * exception is pending, and buffered text went out first. */
static int
begin(ParserObject *self, int which)
{
    if (self->handlers[which] == NULL || PyErr_Occurred())
        return 0;
    if (flush_buffer(self) < 0)
        return 0;
    /* the text handler may have unset this one */
    return self->handlers[which] != NULL;
}

/* Run a handler whose result is ignored. */
static void
call_void(ParserObject *self, int which, PyObject *args)
{
    PyObject *res = call_handler(self, which, args);
    Py_XDECREF(res);
}

/* ---------------------------------------------------------------- */
/* The trampolines */

static void XMLCALL
on_start_element(void *ud, const XML_Char *name, const XML_Char **atts)
{
    ParserObject *self = ud;
    if (!begin(self, H_StartElement))
        return;
    int n = 0;
    if (self->specified_attributes)
        n = XML_GetSpecifiedAttributeCount(self->itself);
    else
        while (atts[n] != NULL)
            n++;
    PyObject *container = self->ordered_attributes ? PyList_New(n) : PyDict_New();
    if (container == NULL)
        goto error;
    for (int i = 0; i < n; i += 2) {
        PyObject *k = name_str(self, atts[i]);
        if (k == NULL) {
            Py_DECREF(container);
            goto error;
        }
        PyObject *v = str_or_none(atts[i + 1]);
        if (v == NULL) {
            Py_DECREF(k);
            Py_DECREF(container);
            goto error;
        }
        if (self->ordered_attributes) {
            PyList_SET_ITEM(container, i, k);
            PyList_SET_ITEM(container, i + 1, v);
        } else {
            int rc = PyDict_SetItem(container, k, v);
            Py_DECREF(k);
            Py_DECREF(v);
            if (rc < 0) {
                Py_DECREF(container);
                goto error;
            }
        }
    }
    call_void(self, H_StartElement, pack(2, name_str(self, name), container));
    return;
error:
    flag_error(self);
}

static void XMLCALL
on_end_element(void *ud, const XML_Char *name)
{
    ParserObject *self = ud;
    if (begin(self, H_EndElement))
        call_void(self, H_EndElement, pack(1, name_str(self, name)));
}

static void XMLCALL
on_processing_instruction(void *ud, const XML_Char *target, const XML_Char *data)
{
    ParserObject *self = ud;
    if (begin(self, H_ProcessingInstruction))
        call_void(self, H_ProcessingInstruction,
                  pack(2, name_str(self, target), str_or_none(data)));
}

static void XMLCALL
on_character_data(void *ud, const XML_Char *data, int len)
{
    ParserObject *self = ud;
    if (PyErr_Occurred() || self->handlers[H_CharacterData] == NULL)
        return;
    if (self->buffer == NULL) {
        call_character_handler(self, data, len);
        return;
    }
    if (self->buffer_used + len > self->buffer_size) {
        if (flush_buffer(self) < 0)
            return;
        /* the handler may have been unset, or text buffering turned off */
        if (self->handlers[H_CharacterData] == NULL)
            return;
        if (self->buffer == NULL) {
            call_character_handler(self, data, len);
            return;
        }
    }
    if (len > self->buffer_size) {
        call_character_handler(self, data, len);
        return;
    }
    memcpy(self->buffer + self->buffer_used, data, (size_t)len);
    self->buffer_used += len;
}

static void XMLCALL
on_unparsed_entity_decl(void *ud, const XML_Char *entityName, const XML_Char *base,
                        const XML_Char *systemId, const XML_Char *publicId,
                        const XML_Char *notationName)
{
    ParserObject *self = ud;
    if (begin(self, H_UnparsedEntityDecl))
        call_void(self, H_UnparsedEntityDecl,
                  pack(5, name_str(self, entityName), name_str(self, base),
                       name_str(self, systemId), name_str(self, publicId),
                       name_str(self, notationName)));
}

static void XMLCALL
on_notation_decl(void *ud, const XML_Char *notationName, const XML_Char *base,
                 const XML_Char *systemId, const XML_Char *publicId)
{
    ParserObject *self = ud;
    if (begin(self, H_NotationDecl))
        call_void(self, H_NotationDecl,
                  pack(4, name_str(self, notationName), name_str(self, base),
                       name_str(self, systemId), name_str(self, publicId)));
}

static void XMLCALL
on_start_namespace_decl(void *ud, const XML_Char *prefix, const XML_Char *uri)
{
    ParserObject *self = ud;
    if (begin(self, H_StartNamespaceDecl))
        call_void(self, H_StartNamespaceDecl,
                  pack(2, name_str(self, prefix), name_str(self, uri)));
}

static void XMLCALL
on_end_namespace_decl(void *ud, const XML_Char *prefix)
{
    ParserObject *self = ud;
    if (begin(self, H_EndNamespaceDecl))
        call_void(self, H_EndNamespaceDecl, pack(1, name_str(self, prefix)));
}

static void XMLCALL
on_comment(void *ud, const XML_Char *data)
{
    ParserObject *self = ud;
    if (begin(self, H_Comment))
        call_void(self, H_Comment, pack(1, str_or_none(data)));
}

static void XMLCALL
on_start_cdata(void *ud)
{
    ParserObject *self = ud;
    if (begin(self, H_StartCdataSection))
        call_void(self, H_StartCdataSection, PyTuple_New(0));
}

static void XMLCALL
on_end_cdata(void *ud)
{
    ParserObject *self = ud;
    if (begin(self, H_EndCdataSection))
        call_void(self, H_EndCdataSection, PyTuple_New(0));
}

static void XMLCALL
on_default(void *ud, const XML_Char *s, int len)
{
    ParserObject *self = ud;
    if (begin(self, H_Default))
        call_void(self, H_Default, pack(1, str_len_or_none(s, len)));
}

static void XMLCALL
on_default_expand(void *ud, const XML_Char *s, int len)
{
    ParserObject *self = ud;
    if (begin(self, H_DefaultExpand))
        call_void(self, H_DefaultExpand, pack(1, str_len_or_none(s, len)));
}

/* The two handlers whose int result goes back to Expat. */
static int
int_result(ParserObject *self, PyObject *res)
{
    if (res == NULL)
        return 0;
    long rc = PyLong_AsLong(res);
    Py_DECREF(res);
    if (rc == -1 && PyErr_Occurred()) {
        flag_error(self);
        return 0;
    }
    return (int)rc;
}

static int XMLCALL
on_not_standalone(void *ud)
{
    ParserObject *self = ud;
    if (!begin(self, H_NotStandalone))
        return 0;
    return int_result(self, call_handler(self, H_NotStandalone, PyTuple_New(0)));
}

static int XMLCALL
on_external_entity_ref(XML_Parser parser, const XML_Char *context, const XML_Char *base,
                       const XML_Char *systemId, const XML_Char *publicId)
{
    ParserObject *self = XML_GetUserData(parser);
    if (!begin(self, H_ExternalEntityRef))
        return 0;
    return int_result(self, call_handler(self, H_ExternalEntityRef,
                                         pack(4, str_or_none(context), name_str(self, base),
                                              name_str(self, systemId),
                                              name_str(self, publicId))));
}

static void XMLCALL
on_start_doctype(void *ud, const XML_Char *doctypeName, const XML_Char *sysid,
                 const XML_Char *pubid, int has_internal_subset)
{
    ParserObject *self = ud;
    if (begin(self, H_StartDoctypeDecl))
        call_void(self, H_StartDoctypeDecl,
                  pack(4, name_str(self, doctypeName), name_str(self, sysid),
                       name_str(self, pubid), PyLong_FromLong(has_internal_subset)));
}

static void XMLCALL
on_end_doctype(void *ud)
{
    ParserObject *self = ud;
    if (begin(self, H_EndDoctypeDecl))
        call_void(self, H_EndDoctypeDecl, PyTuple_New(0));
}

static void XMLCALL
on_entity_decl(void *ud, const XML_Char *entityName, int is_parameter_entity,
               const XML_Char *value, int value_length, const XML_Char *base,
               const XML_Char *systemId, const XML_Char *publicId,
               const XML_Char *notationName)
{
    ParserObject *self = ud;
    if (begin(self, H_EntityDecl))
        call_void(self, H_EntityDecl,
                  pack(7, name_str(self, entityName), PyLong_FromLong(is_parameter_entity),
                       str_len_or_none(value, value_length), name_str(self, base),
                       name_str(self, systemId), name_str(self, publicId),
                       name_str(self, notationName)));
}

static void XMLCALL
on_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding, int standalone)
{
    ParserObject *self = ud;
    if (begin(self, H_XmlDecl))
        call_void(self, H_XmlDecl,
                  pack(3, str_or_none(version), str_or_none(encoding),
                       PyLong_FromLong(standalone)));
}

/* An element's content model as nested tuples
 * (type, quantifier, name or None, children). */
static PyObject *
content_model(XML_Content *model)
{
    /* a hostile DTD can nest groups deeply enough to exhaust the C stack */
    if (Py_EnterRecursiveCall(" in content model") < 0)
        return NULL;
    PyObject *result = NULL;
    PyObject *children = PyTuple_New(model->numchildren);
    if (children == NULL)
        goto done;
    for (unsigned int i = 0; i < model->numchildren; i++) {
        PyObject *child = content_model(&model->children[i]);
        if (child == NULL) {
            Py_DECREF(children);
            goto done;
        }
        PyTuple_SET_ITEM(children, i, child);
    }
    result = pack(4, PyLong_FromLong(model->type), PyLong_FromLong(model->quant),
                  str_or_none(model->name), children);
done:
    Py_LeaveRecursiveCall();
    return result;
}

static void XMLCALL
on_element_decl(void *ud, const XML_Char *name, XML_Content *model)
{
    ParserObject *self = ud;
    if (begin(self, H_ElementDecl))
        call_void(self, H_ElementDecl, pack(2, name_str(self, name), content_model(model)));
    /* the model is ours to free whatever happened */
    XML_FreeContentModel(self->itself, model);
}

static void XMLCALL
on_attlist_decl(void *ud, const XML_Char *elname, const XML_Char *attname,
                const XML_Char *att_type, const XML_Char *dflt, int isrequired)
{
    ParserObject *self = ud;
    if (begin(self, H_AttlistDecl))
        call_void(self, H_AttlistDecl,
                  pack(5, name_str(self, elname), name_str(self, attname),
                       str_or_none(att_type), str_or_none(dflt),
                       PyLong_FromLong(isrequired)));
}

static void XMLCALL
on_skipped_entity(void *ud, const XML_Char *entityName, int is_parameter_entity)
{
    ParserObject *self = ud;
    if (begin(self, H_SkippedEntity))
        call_void(self, H_SkippedEntity,
                  pack(2, name_str(self, entityName), PyLong_FromLong(is_parameter_entity)));
}

/* Text that arrives while CharacterDataHandler is being unset from inside
 * a handler goes nowhere. */
static void XMLCALL
on_character_data_ignored(void *ud, const XML_Char *data, int len)
{
}

static void
install_handler(ParserObject *self, int which, int on)
{
    XML_Parser p = self->itself;
    switch (which) {
    case H_StartElement:
        XML_SetStartElementHandler(p, on ? on_start_element : NULL);
        break;
    case H_EndElement:
        XML_SetEndElementHandler(p, on ? on_end_element : NULL);
        break;
    case H_ProcessingInstruction:
        XML_SetProcessingInstructionHandler(p, on ? on_processing_instruction : NULL);
        break;
    case H_CharacterData:
        XML_SetCharacterDataHandler(p, on ? on_character_data : NULL);
        break;
    case H_UnparsedEntityDecl:
        XML_SetUnparsedEntityDeclHandler(p, on ? on_unparsed_entity_decl : NULL);
        break;
    case H_NotationDecl:
        XML_SetNotationDeclHandler(p, on ? on_notation_decl : NULL);
        break;
    case H_StartNamespaceDecl:
        XML_SetStartNamespaceDeclHandler(p, on ? on_start_namespace_decl : NULL);
        break;
    case H_EndNamespaceDecl:
        XML_SetEndNamespaceDeclHandler(p, on ? on_end_namespace_decl : NULL);
        break;
    case H_Comment:
        XML_SetCommentHandler(p, on ? on_comment : NULL);
        break;
    case H_StartCdataSection:
        XML_SetStartCdataSectionHandler(p, on ? on_start_cdata : NULL);
        break;
    case H_EndCdataSection:
        XML_SetEndCdataSectionHandler(p, on ? on_end_cdata : NULL);
        break;
    case H_Default:
        XML_SetDefaultHandler(p, on ? on_default : NULL);
        break;
    case H_DefaultExpand:
        XML_SetDefaultHandlerExpand(p, on ? on_default_expand : NULL);
        break;
    case H_NotStandalone:
        XML_SetNotStandaloneHandler(p, on ? on_not_standalone : NULL);
        break;
    case H_ExternalEntityRef:
        XML_SetExternalEntityRefHandler(p, on ? on_external_entity_ref : NULL);
        break;
    case H_StartDoctypeDecl:
        XML_SetStartDoctypeDeclHandler(p, on ? on_start_doctype : NULL);
        break;
    case H_EndDoctypeDecl:
        XML_SetEndDoctypeDeclHandler(p, on ? on_end_doctype : NULL);
        break;
    case H_EntityDecl:
        XML_SetEntityDeclHandler(p, on ? on_entity_decl : NULL);
        break;
    case H_XmlDecl:
        XML_SetXmlDeclHandler(p, on ? on_xml_decl : NULL);
        break;
    case H_ElementDecl:
        XML_SetElementDeclHandler(p, on ? on_element_decl : NULL);
        break;
    case H_AttlistDecl:
        XML_SetAttlistDeclHandler(p, on ? on_attlist_decl : NULL);
        break;
    case H_SkippedEntity:
        XML_SetSkippedEntityHandler(p, on ? on_skipped_entity : NULL);
        break;
    }
}

/* An encoding Expat does not know: a single-byte Python codec gives the
 * 256-entry map Expat asks for (-1 for bytes the codec rejects). */
static int XMLCALL
unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info)
{
    if (PyErr_Occurred())
        return XML_STATUS_ERROR;
    char bytes[256];
    for (int i = 0; i < 256; i++)
        bytes[i] = (char)i;
    PyObject *u = PyUnicode_Decode(bytes, 256, name, "replace");
    if (u == NULL)
        return XML_STATUS_ERROR;
    if (PyUnicode_GET_LENGTH(u) != 256) {
        Py_DECREF(u);
        PyErr_SetString(PyExc_ValueError, "multi-byte encodings are not supported");
        return XML_STATUS_ERROR;
    }
    for (int i = 0; i < 256; i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(u, i);
        info->map[i] = ch == 0xFFFD ? -1 : (int)ch;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    Py_DECREF(u);
    return XML_STATUS_OK;
}

/* ---------------------------------------------------------------- */
/* Errors */

/* Raise ExpatError for `code` at the parser's current position. */
static PyObject *
set_error(ParserObject *self, enum XML_Error code)
{
    long lineno = (long)XML_GetErrorLineNumber(self->itself);
    long column = (long)XML_GetErrorColumnNumber(self->itself);
    const char *text = XML_ErrorString(code);
    PyObject *msg = PyUnicode_FromFormat("%s: line %ld, column %ld",
                                         text ? text : "(unknown error)", lineno, column);
    if (msg == NULL)
        return NULL;
    PyObject *err = PyObject_CallOneArg(ExpatError, msg);
    Py_DECREF(msg);
    if (err == NULL)
        return NULL;
    static const char *const names[3] = {"code", "offset", "lineno"};
    long values[3] = {(long)code, column, lineno};
    for (int i = 0; i < 3; i++) {
        PyObject *v = PyLong_FromLong(values[i]);
        if (v == NULL || PyObject_SetAttrString(err, names[i], v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(err);
            return NULL;
        }
        Py_DECREF(v);
    }
    PyErr_SetObject(ExpatError, err);
    Py_DECREF(err);
    return NULL;
}

/* What Parse() and ParseFile() return for Expat's status `rv`. */
static PyObject *
parse_result(ParserObject *self, int rv)
{
    if (PyErr_Occurred())
        return NULL;
    if (rv == 0)
        return set_error(self, XML_GetErrorCode(self->itself));
    if (flush_buffer(self) < 0)
        return NULL;
    return PyLong_FromLong(rv);
}

/* ---------------------------------------------------------------- */
/* The xmlparser object */

static ParserObject *
parser_alloc(void)
{
    ParserObject *self = PyObject_GC_New(ParserObject, &Parser_Type);
    if (self == NULL)
        return NULL;
    self->itself = NULL;
    self->ordered_attributes = 0;
    self->specified_attributes = 0;
    self->ns_prefixes = 0;
    self->in_callback = 0;
    self->buffer = NULL;
    self->buffer_size = DEFAULT_BUFFER_SIZE;
    self->buffer_used = 0;
    self->intern = NULL;
    self->parent = NULL;
    for (int i = 0; i < H_COUNT; i++)
        self->handlers[i] = NULL;
    return self;
}

static int
parser_traverse(ParserObject *self, visitproc visit, void *arg)
{
    for (int i = 0; i < H_COUNT; i++)
        Py_VISIT(self->handlers[i]);
    Py_VISIT(self->intern);
    Py_VISIT(self->parent);
    return 0;
}

/* The parent is not cleared here: the Expat parser of a child must be
 * freed before its parent's, which dealloc guarantees. */
static int
parser_clear(ParserObject *self)
{
    if (self->itself != NULL)
        clear_handlers(self);
    else
        for (int i = 0; i < H_COUNT; i++)
            Py_CLEAR(self->handlers[i]);
    Py_CLEAR(self->intern);
    return 0;
}

static void
parser_dealloc(ParserObject *self)
{
    PyObject_GC_UnTrack(self);
    for (int i = 0; i < H_COUNT; i++)
        Py_CLEAR(self->handlers[i]);
    if (self->itself != NULL)
        XML_ParserFree(self->itself);
    self->itself = NULL;
    PyMem_Free(self->buffer);
    self->buffer = NULL;
    Py_CLEAR(self->intern);
    Py_CLEAR(self->parent);
    PyObject_GC_Del(self);
}

static PyObject *
parser_Parse(ParserObject *self, PyObject *args)
{
    PyObject *data;
    int isfinal = 0;
    if (!PyArg_ParseTuple(args, "O|i:Parse", &data, &isfinal))
        return NULL;
    Py_buffer view;
    const char *s;
    Py_ssize_t len;
    int have_view = 0;
    if (PyUnicode_Check(data)) {
        s = PyUnicode_AsUTF8AndSize(data, &len);
        if (s == NULL)
            return NULL;
        /* the text is UTF-8 now, whatever the document says */
        (void)XML_SetEncoding(self->itself, "utf-8");
    } else {
        if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        have_view = 1;
        s = view.buf;
        len = view.len;
    }
    int rc = 1;
    while (len > MAX_CHUNK) {
        rc = XML_Parse(self->itself, s, MAX_CHUNK, 0);
        if (rc == 0)
            break;
        s += MAX_CHUNK;
        len -= MAX_CHUNK;
    }
    if (rc != 0)
        rc = XML_Parse(self->itself, s, (int)len, isfinal);
    PyObject *res = parse_result(self, rc);
    if (have_view)
        PyBuffer_Release(&view);
    return res;
}

/* Read up to `size` bytes from file.read into `buf`: the count, or -1. */
static int
read_into(PyObject *read, char *buf, int size)
{
    PyObject *data = PyObject_CallFunction(read, "i", size);
    if (data == NULL)
        return -1;
    const char *p;
    Py_ssize_t len;
    if (PyBytes_Check(data)) {
        p = PyBytes_AS_STRING(data);
        len = PyBytes_GET_SIZE(data);
    } else if (PyByteArray_Check(data)) {
        p = PyByteArray_AS_STRING(data);
        len = PyByteArray_GET_SIZE(data);
    } else {
        PyErr_Format(PyExc_TypeError, "read() did not return a bytes object (type=%.400s)",
                     Py_TYPE(data)->tp_name);
        Py_DECREF(data);
        return -1;
    }
    if (len > size) {
        PyErr_Format(PyExc_ValueError,
                     "read() returned too much data: %i bytes requested, %zd returned",
                     size, len);
        Py_DECREF(data);
        return -1;
    }
    memcpy(buf, p, (size_t)len);
    Py_DECREF(data);
    return (int)len;
}

static PyObject *
parser_ParseFile(ParserObject *self, PyObject *file)
{
    PyObject *read;
    PyObject *name = PyUnicode_FromString("read");
    if (name == NULL)
        return NULL;
    int found = _PyObject_LookupAttr(file, name, &read);
    Py_DECREF(name);
    if (found < 0)
        return NULL;
    if (read == NULL) {
        PyErr_SetString(PyExc_TypeError, "argument must have 'read' attribute");
        return NULL;
    }
    int rv = 1;
    for (;;) {
        void *buf = XML_GetBuffer(self->itself, READ_SIZE);
        if (buf == NULL) {
            Py_DECREF(read);
            if (PyErr_Occurred())
                return NULL;
            return set_error(self, XML_GetErrorCode(self->itself));
        }
        int n = read_into(read, buf, READ_SIZE);
        if (n < 0) {
            Py_DECREF(read);
            return NULL;
        }
        rv = XML_ParseBuffer(self->itself, n, n == 0);
        if (PyErr_Occurred()) {
            Py_DECREF(read);
            return NULL;
        }
        if (rv == 0 || n == 0)
            break;
    }
    Py_DECREF(read);
    return parse_result(self, rv);
}

static PyObject *
parser_SetBase(ParserObject *self, PyObject *args)
{
    const char *base;
    if (!PyArg_ParseTuple(args, "s:SetBase", &base))
        return NULL;
    if (!XML_SetBase(self->itself, base))
        return PyErr_NoMemory();
    Py_RETURN_NONE;
}

static PyObject *
parser_GetBase(ParserObject *self, PyObject *unused)
{
    return str_or_none(XML_GetBase(self->itself));
}

/* The bytes of the input around the current event; only meaningful
 * inside a handler. */
static PyObject *
parser_GetInputContext(ParserObject *self, PyObject *unused)
{
    if (!self->in_callback)
        Py_RETURN_NONE;
    int offset, size;
    const char *buf = XML_GetInputContext(self->itself, &offset, &size);
    if (buf == NULL)
        Py_RETURN_NONE;
    return PyBytes_FromStringAndSize(buf + offset, size - offset);
}

static PyObject *
parser_ExternalEntityParserCreate(ParserObject *self, PyObject *args)
{
    const char *context;
    const char *encoding = NULL;
    if (!PyArg_ParseTuple(args, "z|s:ExternalEntityParserCreate", &context, &encoding))
        return NULL;
    ParserObject *child = parser_alloc();
    if (child == NULL)
        return NULL;
    child->ordered_attributes = self->ordered_attributes;
    child->specified_attributes = self->specified_attributes;
    child->ns_prefixes = self->ns_prefixes;
    child->buffer_size = self->buffer_size;
    child->parent = Py_NewRef((PyObject *)self);
    child->intern = self->intern;
    Py_XINCREF(child->intern);
    child->itself = XML_ExternalEntityParserCreate(self->itself, context, encoding);
    if (child->itself == NULL) {
        Py_DECREF(child);
        return PyErr_NoMemory();
    }
    if (self->buffer != NULL) {
        child->buffer = PyMem_Malloc((size_t)child->buffer_size);
        if (child->buffer == NULL) {
            Py_DECREF(child);
            return PyErr_NoMemory();
        }
    }
    XML_SetUserData(child->itself, child);
    for (int i = 0; i < H_COUNT; i++) {
        child->handlers[i] = self->handlers[i];
        Py_XINCREF(child->handlers[i]);
        install_handler(child, i, child->handlers[i] != NULL);
    }
    PyObject_GC_Track(child);
    return (PyObject *)child;
}

static PyObject *
parser_SetParamEntityParsing(ParserObject *self, PyObject *args)
{
    int flag;
    if (!PyArg_ParseTuple(args, "i:SetParamEntityParsing", &flag))
        return NULL;
    return PyLong_FromLong(XML_SetParamEntityParsing(self->itself, flag));
}

static PyObject *
parser_UseForeignDTD(ParserObject *self, PyObject *args)
{
    int flag = 1;
    if (!PyArg_ParseTuple(args, "|p:UseForeignDTD", &flag))
        return NULL;
    enum XML_Error rc = XML_UseForeignDTD(self->itself, flag ? XML_TRUE : XML_FALSE);
    if (rc != XML_ERROR_NONE)
        return set_error(self, rc);
    Py_RETURN_NONE;
}

static PyMethodDef parser_methods[] = {
    {"Parse", (PyCFunction)parser_Parse, METH_VARARGS,
     "Parse($self, data, isfinal=False, /)\n--\n\nParse XML data.\n\n"
     "`isfinal' should be true at end of input."},
    {"ParseFile", (PyCFunction)parser_ParseFile, METH_O,
     "ParseFile($self, file, /)\n--\n\nParse XML data from file-like object."},
    {"SetBase", (PyCFunction)parser_SetBase, METH_VARARGS,
     "SetBase($self, base, /)\n--\n\nSet the base URL for the parser."},
    {"GetBase", (PyCFunction)parser_GetBase, METH_NOARGS,
     "GetBase($self, /)\n--\n\nReturn base URL string for the parser."},
    {"GetInputContext", (PyCFunction)parser_GetInputContext, METH_NOARGS,
     "GetInputContext($self, /)\n--\n\nReturn the untranslated text of the input that "
     "caused the current event.\n\nIf the event was generated by a large amount of text "
     "(such as a start tag\nfor an element with many attributes), not all of the text "
     "may be available."},
    {"ExternalEntityParserCreate", (PyCFunction)parser_ExternalEntityParserCreate,
     METH_VARARGS,
     "ExternalEntityParserCreate($self, context, encoding=<unrepresentable>, /)\n--\n\n"
     "Create a parser for parsing an external entity based on the information passed "
     "to the ExternalEntityRefHandler."},
    {"SetParamEntityParsing", (PyCFunction)parser_SetParamEntityParsing, METH_VARARGS,
     "SetParamEntityParsing($self, flag, /)\n--\n\nControls parsing of parameter "
     "entities (including the external DTD subset)."},
    {"UseForeignDTD", (PyCFunction)parser_UseForeignDTD, METH_VARARGS,
     "UseForeignDTD($self, flag=True, /)\n--\n\nAllows the application to provide an "
     "artificial external subset if one is not specified as part of the document "
     "instance."},
    {NULL, NULL, 0, NULL}
};

/* ---------------------------------------------------------------- */
/* Attributes */

static int
refuse_delete(PyObject *v)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Cannot delete attribute");
        return -1;
    }
    return 0;
}

static PyObject *
get_handler(ParserObject *self, void *closure)
{
    PyObject *h = self->handlers[(intptr_t)closure];
    return Py_NewRef(h != NULL ? h : Py_None);
}

static int
set_handler(ParserObject *self, PyObject *v, void *closure)
{
    int which = (int)(intptr_t)closure;
    if (refuse_delete(v) < 0)
        return -1;
    /* text gathered for the old text handler goes to it */
    if (which == H_CharacterData && flush_buffer(self) < 0)
        return -1;
    if (v == Py_None) {
        Py_CLEAR(self->handlers[which]);
        if (which == H_CharacterData && self->in_callback)
            XML_SetCharacterDataHandler(self->itself, on_character_data_ignored);
        else
            install_handler(self, which, 0);
    } else {
        Py_INCREF(v);
        Py_XSETREF(self->handlers[which], v);
        install_handler(self, which, 1);
    }
    return 0;
}

static PyObject *
get_buffer_text(ParserObject *self, void *closure)
{
    return PyBool_FromLong(self->buffer != NULL);
}

static int
set_buffer_text(ParserObject *self, PyObject *v, void *closure)
{
    if (refuse_delete(v) < 0)
        return -1;
    int on = PyObject_IsTrue(v);
    if (on < 0)
        return -1;
    if (on && self->buffer == NULL) {
        self->buffer = PyMem_Malloc((size_t)self->buffer_size);
        if (self->buffer == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->buffer_used = 0;
    } else if (!on && self->buffer != NULL) {
        if (flush_buffer(self) < 0)
            return -1;
        PyMem_Free(self->buffer);
        self->buffer = NULL;
    }
    return 0;
}

static PyObject *
get_buffer_size(ParserObject *self, void *closure)
{
    return PyLong_FromLong(self->buffer_size);
}

static int
set_buffer_size(ParserObject *self, PyObject *v, void *closure)
{
    if (refuse_delete(v) < 0)
        return -1;
    if (!PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "buffer_size must be an integer");
        return -1;
    }
    long size = PyLong_AsLong(v);
    if (size == -1 && PyErr_Occurred())
        return -1;
    if (size <= 0) {
        PyErr_SetString(PyExc_ValueError, "buffer_size must be greater than zero");
        return -1;
    }
    if (size > INT_MAX) {
        PyErr_Format(PyExc_ValueError, "buffer_size must not be greater than %i", INT_MAX);
        return -1;
    }
    if (self->buffer != NULL) {
        if (flush_buffer(self) < 0)
            return -1;
        XML_Char *nb = PyMem_Malloc((size_t)size);
        if (nb == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        PyMem_Free(self->buffer);
        self->buffer = nb;
    }
    self->buffer_size = (int)size;
    return 0;
}

static PyObject *
get_buffer_used(ParserObject *self, void *closure)
{
    return PyLong_FromLong(self->buffer_used);
}

static PyObject *
get_flag(ParserObject *self, void *closure)
{
    int *field = (int *)((char *)self + (intptr_t)closure);
    return PyBool_FromLong(*field);
}

static int
set_flag(ParserObject *self, PyObject *v, void *closure)
{
    if (refuse_delete(v) < 0)
        return -1;
    int on = PyObject_IsTrue(v);
    if (on < 0)
        return -1;
    int *field = (int *)((char *)self + (intptr_t)closure);
    *field = on;
    if (field == &self->ns_prefixes)
        XML_SetReturnNSTriplet(self->itself, on);
    return 0;
}

static PyObject *
get_intern(ParserObject *self, void *closure)
{
    return Py_NewRef(self->intern != NULL ? self->intern : Py_None);
}

/* The position getters: which Expat query is the closure. */
enum { P_ErrorCode, P_ErrorLine, P_ErrorColumn, P_ErrorByte, P_Line, P_Column, P_Byte };

static PyObject *
get_position(ParserObject *self, void *closure)
{
    XML_Parser p = self->itself;
    switch ((int)(intptr_t)closure) {
    case P_ErrorCode:
        return PyLong_FromLong((long)XML_GetErrorCode(p));
    case P_ErrorLine:
        return PyLong_FromLong((long)XML_GetErrorLineNumber(p));
    case P_ErrorColumn:
        return PyLong_FromLong((long)XML_GetErrorColumnNumber(p));
    case P_ErrorByte:
        return PyLong_FromLong((long)XML_GetErrorByteIndex(p));
    case P_Line:
        return PyLong_FromLong((long)XML_GetCurrentLineNumber(p));
    case P_Column:
        return PyLong_FromLong((long)XML_GetCurrentColumnNumber(p));
    default:
        return PyLong_FromLong((long)XML_GetCurrentByteIndex(p));
    }
}

#define HANDLER(i) \
    {(char *)NULL, (getter)get_handler, (setter)set_handler, NULL, (void *)(intptr_t)(i)}
#define FLAG(name, field) \
    {name, (getter)get_flag, (setter)set_flag, NULL, \
     (void *)(intptr_t)offsetof(ParserObject, field)}
#define POSITION(name, i) {name, (getter)get_position, NULL, NULL, (void *)(intptr_t)(i)}

/* The handler entries get their names from handler_names at start-up. */
static PyGetSetDef parser_getset[] = {
    HANDLER(0), HANDLER(1), HANDLER(2), HANDLER(3), HANDLER(4), HANDLER(5),
    HANDLER(6), HANDLER(7), HANDLER(8), HANDLER(9), HANDLER(10), HANDLER(11),
    HANDLER(12), HANDLER(13), HANDLER(14), HANDLER(15), HANDLER(16), HANDLER(17),
    HANDLER(18), HANDLER(19), HANDLER(20), HANDLER(21),
    {"buffer_text", (getter)get_buffer_text, (setter)set_buffer_text, NULL, NULL},
    {"buffer_size", (getter)get_buffer_size, (setter)set_buffer_size, NULL, NULL},
    {"buffer_used", (getter)get_buffer_used, NULL, NULL, NULL},
    FLAG("namespace_prefixes", ns_prefixes),
    FLAG("ordered_attributes", ordered_attributes),
    FLAG("specified_attributes", specified_attributes),
    {"intern", (getter)get_intern, NULL, NULL, NULL},
    POSITION("ErrorCode", P_ErrorCode),
    POSITION("ErrorLineNumber", P_ErrorLine),
    POSITION("ErrorColumnNumber", P_ErrorColumn),
    POSITION("ErrorByteIndex", P_ErrorByte),
    POSITION("CurrentLineNumber", P_Line),
    POSITION("CurrentColumnNumber", P_Column),
    POSITION("CurrentByteIndex", P_Byte),
    {NULL, NULL, NULL, NULL, NULL}
};

static PyTypeObject Parser_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0)
    .tp_name = "pyexpat.xmlparser",
    .tp_basicsize = sizeof(ParserObject),
    .tp_dealloc = (destructor)parser_dealloc,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_doc = "XML parser",
    .tp_traverse = (traverseproc)parser_traverse,
    .tp_clear = (inquiry)parser_clear,
    .tp_methods = parser_methods,
    .tp_getset = parser_getset,
    .tp_free = PyObject_GC_Del,
};

/* ---------------------------------------------------------------- */
/* The module */

static PyObject *
pyexpat_ParserCreate(PyObject *module, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"encoding", "namespace_separator", "intern", NULL};
    const char *encoding = NULL;
    const char *sep = NULL;
    PyObject *intern = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|zzO:ParserCreate", kwlist,
                                     &encoding, &sep, &intern))
        return NULL;
    if (sep != NULL && strlen(sep) > 1) {
        PyErr_SetString(PyExc_ValueError,
                        "namespace_separator must be at most one character, omitted, or None");
        return NULL;
    }
    /* omitted: a fresh dict; None: no interning */
    if (intern == NULL) {
        intern = PyDict_New();
        if (intern == NULL)
            return NULL;
    } else if (intern == Py_None) {
        intern = NULL;
    } else if (PyDict_Check(intern)) {
        Py_INCREF(intern);
    } else {
        PyErr_SetString(PyExc_TypeError, "intern must be a dictionary");
        return NULL;
    }
    ParserObject *self = parser_alloc();
    if (self == NULL) {
        Py_XDECREF(intern);
        return NULL;
    }
    self->intern = intern;
    /* a separator, even "" (which is '\0'), turns namespace processing on */
    self->itself = sep != NULL ? XML_ParserCreateNS(encoding, sep[0])
                               : XML_ParserCreate(encoding);
    if (self->itself == NULL) {
        Py_DECREF(self);
        PyErr_SetString(PyExc_RuntimeError, "XML_ParserCreate failed");
        return NULL;
    }
    XML_SetUserData(self->itself, self);
    XML_SetUnknownEncodingHandler(self->itself, unknown_encoding, NULL);
    PyObject_GC_Track(self);
    return (PyObject *)self;
}

static PyObject *
pyexpat_ErrorString(PyObject *module, PyObject *arg)
{
    long code = PyLong_AsLong(arg);
    if (code == -1 && PyErr_Occurred())
        return NULL;
    return str_or_none(XML_ErrorString((enum XML_Error)code));
}

static PyMethodDef pyexpat_methods[] = {
    {"ParserCreate", (PyCFunction)(void (*)(void))pyexpat_ParserCreate,
     METH_VARARGS | METH_KEYWORDS,
     "ParserCreate($module, /, encoding=None, namespace_separator=None,\n"
     "             intern=<unrepresentable>)\n--\n\nReturn a new XML parser object."},
    {"ErrorString", pyexpat_ErrorString, METH_O,
     "ErrorString($module, code, /)\n--\n\nReturns string error for given number."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef pyexpat_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "pyexpat",
    .m_doc = "Python wrapper for Expat parser.",
    .m_size = -1,
    .m_methods = pyexpat_methods,
};

/* Expat's error codes by name, for pyexpat.errors. */
static const struct { const char *name; enum XML_Error code; } error_names[] = {
#define E(x) {"XML_ERROR_" #x, XML_ERROR_##x}
    E(NO_MEMORY), E(SYNTAX), E(NO_ELEMENTS), E(INVALID_TOKEN), E(UNCLOSED_TOKEN),
    E(PARTIAL_CHAR), E(TAG_MISMATCH), E(DUPLICATE_ATTRIBUTE), E(JUNK_AFTER_DOC_ELEMENT),
    E(PARAM_ENTITY_REF), E(UNDEFINED_ENTITY), E(RECURSIVE_ENTITY_REF), E(ASYNC_ENTITY),
    E(BAD_CHAR_REF), E(BINARY_ENTITY_REF), E(ATTRIBUTE_EXTERNAL_ENTITY_REF),
    E(MISPLACED_XML_PI), E(UNKNOWN_ENCODING), E(INCORRECT_ENCODING),
    E(UNCLOSED_CDATA_SECTION), E(EXTERNAL_ENTITY_HANDLING), E(NOT_STANDALONE),
    E(UNEXPECTED_STATE), E(ENTITY_DECLARED_IN_PE), E(FEATURE_REQUIRES_XML_DTD),
    E(CANT_CHANGE_FEATURE_ONCE_PARSING), E(UNBOUND_PREFIX), E(UNDECLARING_PREFIX),
    E(INCOMPLETE_PE), E(XML_DECL), E(TEXT_DECL), E(PUBLICID), E(SUSPENDED),
    E(NOT_SUSPENDED), E(ABORTED), E(FINISHED), E(SUSPEND_PE), E(RESERVED_PREFIX_XML),
    E(RESERVED_PREFIX_XMLNS), E(RESERVED_NAMESPACE_URI), E(INVALID_ARGUMENT),
    E(NO_BUFFER), E(AMPLIFICATION_LIMIT_BREACH),
#undef E
};

/* A submodule `pyexpat.<name>`: registered in sys.modules, as CPython
 * does, so `import xml.parsers.expat.errors`-style lookups find it, and
 * set as an attribute of the module.  Borrowed reference. */
static PyObject *
add_submodule(PyObject *m, const char *name, const char *doc)
{
    char full[64];
    snprintf(full, sizeof full, "pyexpat.%s", name);
    PyObject *sub = PyImport_AddModule(full);
    if (sub == NULL)
        return NULL;
    PyObject *d = PyUnicode_FromString(doc);
    if (d == NULL || PyObject_SetAttrString(sub, "__doc__", d) < 0) {
        Py_XDECREF(d);
        return NULL;
    }
    Py_DECREF(d);
    if (PyModule_AddObjectRef(m, name, sub) < 0)
        return NULL;
    return sub;
}

static int
fill_errors(PyObject *errors)
{
    PyObject *codes = PyDict_New();
    PyObject *messages = PyDict_New();
    if (codes == NULL || messages == NULL)
        goto error;
    for (size_t i = 0; i < sizeof error_names / sizeof error_names[0]; i++) {
        PyObject *msg = str_or_none(XML_ErrorString(error_names[i].code));
        PyObject *num = PyLong_FromLong(error_names[i].code);
        int rc = (msg == NULL || num == NULL ||
                  PyModule_AddObjectRef(errors, error_names[i].name, msg) < 0 ||
                  PyDict_SetItem(codes, msg, num) < 0 ||
                  PyDict_SetItem(messages, num, msg) < 0) ? -1 : 0;
        Py_XDECREF(msg);
        Py_XDECREF(num);
        if (rc < 0)
            goto error;
    }
    if (PyModule_AddObjectRef(errors, "codes", codes) < 0 ||
        PyModule_AddObjectRef(errors, "messages", messages) < 0)
        goto error;
    Py_DECREF(codes);
    Py_DECREF(messages);
    return 0;
error:
    Py_XDECREF(codes);
    Py_XDECREF(messages);
    return -1;
}

static int
fill_model(PyObject *model)
{
    static const struct { const char *name; long value; } consts[] = {
        {"XML_CTYPE_EMPTY", XML_CTYPE_EMPTY}, {"XML_CTYPE_ANY", XML_CTYPE_ANY},
        {"XML_CTYPE_MIXED", XML_CTYPE_MIXED}, {"XML_CTYPE_NAME", XML_CTYPE_NAME},
        {"XML_CTYPE_CHOICE", XML_CTYPE_CHOICE}, {"XML_CTYPE_SEQ", XML_CTYPE_SEQ},
        {"XML_CQUANT_NONE", XML_CQUANT_NONE}, {"XML_CQUANT_OPT", XML_CQUANT_OPT},
        {"XML_CQUANT_REP", XML_CQUANT_REP}, {"XML_CQUANT_PLUS", XML_CQUANT_PLUS},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (PyModule_AddIntConstant(model, consts[i].name, consts[i].value) < 0)
            return -1;
    return 0;
}

static PyObject *
feature_list(void)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (const XML_Feature *f = XML_GetFeatureList(); f->feature != XML_FEATURE_END; f++) {
        PyObject *item = Py_BuildValue("(sl)", f->name, f->value);
        if (item == NULL || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(item);
    }
    return list;
}

PyObject *
PyInit_pyexpat(void)
{
    for (int i = 0; i < H_COUNT; i++)
        parser_getset[i].name = handler_names[i];
    if (PyType_Ready(&Parser_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&pyexpat_module);
    if (m == NULL)
        return NULL;
    if (ExpatError == NULL) {
        ExpatError = PyErr_NewException("xml.parsers.expat.ExpatError", NULL, NULL);
        if (ExpatError == NULL)
            goto error;
    }
    XML_Expat_Version v = XML_ExpatVersionInfo();
    PyObject *errors, *model, *obj;
    if (PyModule_AddObjectRef(m, "error", ExpatError) < 0 ||
        PyModule_AddObjectRef(m, "ExpatError", ExpatError) < 0 ||
        PyModule_AddObjectRef(m, "XMLParserType", (PyObject *)&Parser_Type) < 0 ||
        PyModule_AddStringConstant(m, "EXPAT_VERSION", XML_ExpatVersion()) < 0 ||
        PyModule_AddStringConstant(m, "native_encoding", "UTF-8") < 0 ||
        PyModule_AddIntConstant(m, "XML_PARAM_ENTITY_PARSING_NEVER",
                                XML_PARAM_ENTITY_PARSING_NEVER) < 0 ||
        PyModule_AddIntConstant(m, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                                XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE) < 0 ||
        PyModule_AddIntConstant(m, "XML_PARAM_ENTITY_PARSING_ALWAYS",
                                XML_PARAM_ENTITY_PARSING_ALWAYS) < 0)
        goto error;
    obj = Py_BuildValue("(iii)", v.major, v.minor, v.micro);
    if (obj == NULL || PyModule_AddObjectRef(m, "version_info", obj) < 0) {
        Py_XDECREF(obj);
        goto error;
    }
    Py_DECREF(obj);
    obj = feature_list();
    if (obj == NULL || PyModule_AddObjectRef(m, "features", obj) < 0) {
        Py_XDECREF(obj);
        goto error;
    }
    Py_DECREF(obj);
    errors = add_submodule(m, "errors", "Constants used to describe error conditions.");
    if (errors == NULL || fill_errors(errors) < 0)
        goto error;
    model = add_submodule(m, "model", "Constants used to interpret content model information.");
    if (model == NULL || fill_model(model) < 0)
        goto error;
    return m;
error:
    Py_DECREF(m);
    return NULL;
}
