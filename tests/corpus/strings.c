/* libc string.h and ctype.h: strlen, strcmp, strncpy, strcat, strchr, strstr, memmove, strtok, toupper. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static void reverse(char *s) { size_t n = strlen(s); for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }

int main(void) {
    char buf[128] = "The quick brown fox";
    strcat(buf, " jumps over the lazy dog");
    printf("%zu [%s]\n", strlen(buf), buf);
    printf("chr %td rchr %td str %td\n", strchr(buf, 'q') - buf, strrchr(buf, 'o') - buf, strstr(buf, "lazy") - buf);
    int c1 = strcmp("apple", "apricot"), c2 = strncmp("apple", "apricot", 2), c3 = memcmp("abc", "abd", 3);
    printf("cmp %d %d %d\n", c1 < 0 ? -1 : c1 > 0, c2, c3 < 0 ? -1 : c3 > 0);
    char copy[128]; strncpy(copy, buf, sizeof copy); reverse(copy);
    printf("rev [%s]\n", copy);
    memmove(copy + 4, copy, 10); copy[14] = 0;
    printf("move [%s]\n", copy);
    char toks[] = "alpha,beta;;gamma, delta";
    int n = 0;
    for (char *t = strtok(toks, ",; "); t; t = strtok(NULL, ",; ")) printf("%d:%s ", n++, t);
    printf("\n");
    char up[64]; size_t k = 0;
    for (const char *p = "Mixed Case 123 text!"; *p; p++) up[k++] = (char)(isalpha((unsigned char)*p) ? toupper((unsigned char)*p) : (isdigit((unsigned char)*p) ? '#' : *p));
    up[k] = 0;
    printf("up [%s] span=%zu cspan=%zu\n", up, strspn("aaabbc", "ab"), strcspn("hello world", " "));
    char *d = strdup("duplicate"); d[0] = 'D';
    printf("dup %s %ld %lu\n", d, strtol("-0x1f", NULL, 16), strtoul("777", NULL, 8));
    free(d);
    return 0;
}
