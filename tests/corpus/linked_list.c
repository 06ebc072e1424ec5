/* Singly and doubly linked lists: push, reverse, merge-sort a list, remove by predicate, pointer-to-pointer idioms. */
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };
struct dnode { double v; struct dnode *prev, *next; };

static struct node *push(struct node *h, int v) { struct node *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static struct node *reverse(struct node *h) { struct node *p = NULL; while (h) { struct node *n = h->next; h->next = p; p = h; h = n; } return p; }
static struct node *merge(struct node *a, struct node *b) {
    struct node head, *t = &head;
    while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b; return head.next;
}
static struct node *sort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *r = slow->next; slow->next = NULL;
    return merge(sort(h), sort(r));
}
static void remove_if(struct node **pp, int (*pred)(int)) {
    while (*pp) { if (pred((*pp)->v)) { struct node *d = *pp; *pp = d->next; free(d); } else pp = &(*pp)->next; }
}
static int div3(int v) { return v % 3 == 0; }
static long checksum(const struct node *h) { long s = 0; int i = 1; for (; h; h = h->next) s += (long)h->v * i++; return s; }

int main(void) {
    struct node *h = NULL;
    for (int i = 0; i < 1000; i++) h = push(h, (i * 7919) % 1009);
    printf("initial %ld\n", checksum(h));
    h = reverse(h); printf("reversed %ld\n", checksum(h));
    h = sort(h); printf("sorted %ld first=%d\n", checksum(h), h->v);
    remove_if(&h, div3); printf("filtered %ld\n", checksum(h));
    while (h) { struct node *n = h->next; free(h); h = n; }
    struct dnode *head = NULL, *tail = NULL;
    for (int i = 0; i < 50; i++) {
        struct dnode *n = malloc(sizeof *n); n->v = i * 0.5; n->next = NULL; n->prev = tail;
        if (tail) tail->next = n; else head = n;
        tail = n;
    }
    double fw = 0, bw = 0;
    for (struct dnode *n = head; n; n = n->next) fw = fw * 0.5 + n->v;
    for (struct dnode *n = tail; n; n = n->prev) bw = bw * 0.5 + n->v;
    printf("dlist %.17g %.17g\n", fw, bw);
    while (head) { struct dnode *n = head->next; free(head); head = n; }
    return 0;
}
