#ifndef COUNTERPOINT_NCURSES_SHIM_H
#define COUNTERPOINT_NCURSES_SHIM_H
// Wide-character ncurses needs these before the header, or get_wch/add_wch are missing.
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

// Swift 6 rejects direct use of these globals (shared mutable state), and cannot import the macros.
static inline WINDOW *cp_stdscr(void) { return stdscr; }
static inline int cp_lines(void) { return LINES; }
static inline int cp_cols(void) { return COLS; }
static inline int cp_colors(void) { return COLORS; }
static inline int cp_color_pairs(void) { return COLOR_PAIRS; }
static inline void cp_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t cp_a_normal(void) { return A_NORMAL; }
static inline attr_t cp_a_bold(void) { return A_BOLD; }
static inline attr_t cp_a_dim(void) { return A_DIM; }
static inline attr_t cp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cp_a_reverse(void) { return A_REVERSE; }
static inline attr_t cp_a_italic(void) { return A_ITALIC; }
static inline attr_t cp_a_standout(void) { return A_STANDOUT; }

static inline mmask_t cp_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cp_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cp_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t cp_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cp_button5_pressed(void) { return 0; }
#endif

static inline FILE *cp_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }
static inline int cp_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int cp_setlocale_from_env(void) { return setlocale(LC_ALL, "") != NULL; }
#endif
