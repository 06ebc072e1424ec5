/* A small stack-machine bytecode interpreter (switch dispatch) running a loop program, plus a traffic-light FSM. */
#include <stdio.h>
#include <stdint.h>

enum op { PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, JNZ, JMP, LOAD, STORE, PRINT, HALT, LT, DROP };
struct insn { enum op op; int64_t arg; };

static int64_t run(const struct insn *code, int trace) {
    int64_t stack[64], vars[8] = {0}; int sp = 0, pc = 0; int64_t out = 0;
    for (long steps = 0; steps < 1000000; steps++) {
        struct insn in = code[pc++];
        switch (in.op) {
        case PUSH: stack[sp++] = in.arg; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case DROP: sp--; break;
        case SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
        case JNZ: if (stack[--sp]) pc = (int)in.arg; break;
        case JMP: pc = (int)in.arg; break;
        case LOAD: stack[sp++] = vars[in.arg]; break;
        case STORE: vars[in.arg] = stack[--sp]; break;
        case PRINT: if (trace) printf("out %lld\n", (long long)stack[sp - 1]); out = out * 31 + stack[--sp]; break;
        case HALT: return out;
        }
    }
    return -1;
}

int main(void) {
    /* i = 0; acc = 1; while (i < 20) { acc = (acc * 3 + i) % 1000003; if i%5==0 print acc; i++ } print acc */
    const struct insn prog[] = {
        {PUSH, 0}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
        {LOAD, 0}, {PUSH, 20}, {LT, 0}, {JNZ, 9}, {JMP, 29},
        {LOAD, 1}, {PUSH, 3}, {MUL, 0}, {LOAD, 0}, {ADD, 0}, {PUSH, 1000003}, {MOD, 0}, {STORE, 1},
        {LOAD, 0}, {PUSH, 5}, {MOD, 0}, {JNZ, 23}, {LOAD, 1}, {PRINT, 0},
        {LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0}, {JMP, 4}, {HALT, 0},
        {LOAD, 1}, {PRINT, 0}, {HALT, 0}};
    printf("result %lld\n", (long long)run(prog, 1));
    enum { GREEN_L, YELLOW_L, RED_L } st = RED_L;
    const char *nm[] = {"G", "Y", "R"};
    int timer = 0;
    for (int tick = 0; tick < 40; tick++) {
        switch (st) {
        case GREEN_L: if (++timer >= 5) { st = YELLOW_L; timer = 0; } break;
        case YELLOW_L: if (++timer >= 2) { st = RED_L; timer = 0; } break;
        case RED_L: if (++timer >= 4) { st = GREEN_L; timer = 0; } break;
        }
        printf("%s", nm[st]);
    }
    printf("\n");
    return 0;
}
