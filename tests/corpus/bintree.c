/* Binary search tree and AVL tree: insert, delete, traversal, height, rotations; recursion over pointers. */
#include <stdio.h>
#include <stdlib.h>

struct avl { int key, h; struct avl *l, *r; };
static int ht(struct avl *n) { return n ? n->h : 0; }
static int mx(int a, int b) { return a > b ? a : b; }
static void fix(struct avl *n) { n->h = 1 + mx(ht(n->l), ht(n->r)); }
static struct avl *rot_r(struct avl *y) { struct avl *x = y->l; y->l = x->r; x->r = y; fix(y); fix(x); return x; }
static struct avl *rot_l(struct avl *x) { struct avl *y = x->r; x->r = y->l; y->l = x; fix(x); fix(y); return y; }
static struct avl *balance(struct avl *n) {
    fix(n);
    int b = ht(n->l) - ht(n->r);
    if (b > 1) { if (ht(n->l->l) < ht(n->l->r)) n->l = rot_l(n->l); return rot_r(n); }
    if (b < -1) { if (ht(n->r->r) < ht(n->r->l)) n->r = rot_r(n->r); return rot_l(n); }
    return n;
}
static struct avl *insert(struct avl *n, int k) {
    if (!n) { n = calloc(1, sizeof *n); n->key = k; n->h = 1; return n; }
    if (k < n->key) n->l = insert(n->l, k); else if (k > n->key) n->r = insert(n->r, k); else return n;
    return balance(n);
}
static struct avl *remove_min(struct avl *n, struct avl **out) { if (!n->l) { *out = n; return n->r; } n->l = remove_min(n->l, out); return balance(n); }
static struct avl *erase(struct avl *n, int k) {
    if (!n) return NULL;
    if (k < n->key) n->l = erase(n->l, k);
    else if (k > n->key) n->r = erase(n->r, k);
    else {
        struct avl *l = n->l, *r = n->r; free(n);
        if (!r) return l;
        struct avl *m; r = remove_min(r, &m); m->l = l; m->r = r; return balance(m);
    }
    return balance(n);
}
static long inorder(struct avl *n, long acc) { if (!n) return acc; acc = inorder(n->l, acc); acc = acc * 31 % 1000000007 + n->key; return inorder(n->r, acc); }
static int count(struct avl *n) { return n ? 1 + count(n->l) + count(n->r) : 0; }
static void destroy(struct avl *n) { if (n) { destroy(n->l); destroy(n->r); free(n); } }

int main(void) {
    struct avl *t = NULL;
    for (int i = 0; i < 5000; i++) t = insert(t, (i * 2654435761u) % 100000);
    printf("count %d height %d root %d hash %ld\n", count(t), ht(t), t->key, inorder(t, 0));
    for (int i = 0; i < 5000; i += 2) t = erase(t, (i * 2654435761u) % 100000);
    printf("count %d height %d hash %ld\n", count(t), ht(t), inorder(t, 0));
    for (int i = 0; i < 1000; i++) t = insert(t, i);
    printf("count %d height %d hash %ld\n", count(t), ht(t), inorder(t, 0));
    destroy(t);
    return 0;
}
