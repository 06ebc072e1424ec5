/* A tiny JSON-ish tokenizer and recursive-descent parser that sums numbers and counts keys by depth. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

enum tok { T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COLON, T_COMMA, T_STR, T_NUM, T_TRUE, T_FALSE, T_NULL, T_EOF, T_ERR };
static const char *src; static enum tok cur; static double num; static char str[64];
static int keys_at_depth[8];

static enum tok next(void) {
    while (isspace((unsigned char)*src)) src++;
    char c = *src;
    if (!c) return cur = T_EOF;
    if (strchr("{}[]:,", c)) { src++; return cur = (enum tok)(strchr("{}[]:,", c) - "{}[]:,"); }
    if (c == '"') {
        int n = 0; src++;
        while (*src && *src != '"') { if (*src == '\\') src++; if (n < 63) str[n++] = *src; src++; }
        str[n] = 0; src++; return cur = T_STR;
    }
    if (c == '-' || isdigit((unsigned char)c)) { char *end; num = strtod(src, &end); src = end; return cur = T_NUM; }
    if (!strncmp(src, "true", 4)) { src += 4; return cur = T_TRUE; }
    if (!strncmp(src, "false", 5)) { src += 5; return cur = T_FALSE; }
    if (!strncmp(src, "null", 4)) { src += 4; return cur = T_NULL; }
    return cur = T_ERR;
}

static double value(int depth);
static double object(int depth) {
    double s = 0; next();
    while (cur == T_STR) { keys_at_depth[depth]++; next(); /* colon */ next(); s += value(depth + 1); if (cur == T_COMMA) next(); }
    next(); return s;
}
static double array(int depth) {
    double s = 0; next();
    while (cur != T_RBRACK && cur != T_EOF) { s += value(depth + 1); if (cur == T_COMMA) next(); }
    next(); return s;
}
static double value(int depth) {
    double v = 0;
    switch (cur) {
    case T_LBRACE: return object(depth);
    case T_LBRACK: return array(depth);
    case T_NUM: v = num; break;
    case T_TRUE: v = 1; break;
    case T_STR: v = (double)strlen(str); break;
    default: break;
    }
    next(); return v;
}

int main(void) {
    const char *doc = "{\"name\": \"enzyme\", \"version\": 1.5, \"tags\": [\"ad\", \"llvm\", 3, -2.25e1],"
                      " \"nested\": {\"a\": {\"b\": [1, 2, {\"c\": true}]}, \"d\": null, \"e\": false},"
                      " \"esc\": \"q\\\"uote\", \"big\": 1e10}";
    src = doc; next();
    double s = value(0);
    printf("sum %.17g\n", s);
    for (int i = 0; i < 5; i++) printf("depth%d=%d ", i, keys_at_depth[i]);
    printf("\n");
    src = "[1, 2, 3] @"; int n = 0; while (next() != T_EOF && cur != T_ERR) n++;
    printf("tokens %d last=%d\n", n, (int)cur);
    return 0;
}
