#ifndef STATS_H
#define STATS_H
#include <stddef.h>
double mean(const double *x, size_t n);
double variance(const double *x, size_t n);
void sort_doubles(double *x, size_t n);
#endif
