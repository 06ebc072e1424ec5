#ifndef STRHASH_H
#define STRHASH_H
unsigned long djb2(const char *s);
#endif
