#ifndef COUNTERPOINT_NCURSES_SHIM_H
#define COUNTERPOINT_NCURSES_SHIM_H
// NCURSES_WIDECHAR turns on the wide-character API (get_wch, add_wch, setcchar). No
// _XOPEN_SOURCE: it renames glibc struct fields (fd_set's fds_bits), and Swift then refuses to
// merge those types with Foundation's (CDispatch) view of the same headers. wcwidth, which only
// X/Open mode declares, is declared below instead.
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
extern int wcwidth(wchar_t character);
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

// Exactly one Swift file (NcursesTerminal.swift) imports this module. The `static` state below
// is therefore emitted once; a second importing file would get its own, disconnected copy.
// Only scalars and pointers are file-scope statics; structs and buffers are allocated once,
// outside signal handlers: Swift's importer does not emit zero-initialised static aggregates or
// function-local statics (they fail to link).

// MARK: - Globals and macros Swift cannot use directly

// Swift 6 rejects direct use of these globals (shared mutable state), and cannot import the macros.
static inline WINDOW *cp_stdscr(void) { return stdscr; }
static inline WINDOW *cp_curscr(void) { return curscr; }
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
/// Clicks and the wheel only: motion reporting (REPORT_MOUSE_POSITION) would flood the input.
static inline mmask_t cp_reader_mouse_mask(void) {
    return cp_button1_pressed() | cp_button1_released() | cp_button4_pressed() | cp_button5_pressed();
}

static inline int cp_key_f0(void) { return KEY_F0; }

static inline FILE *cp_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }

// MARK: - Locale and terminal type

static inline int cp_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int cp_setlocale_from_env(void) { return setlocale(LC_ALL, "") != NULL; }
/// When the environment asks for UTF-8 but names a locale that is not installed, C.UTF-8 still
/// gives the right character widths and encoding.
static inline int cp_setlocale_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }
static inline int cp_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
static inline int cp_system_wcwidth(unsigned int value) { return wcwidth((wchar_t)value); }

enum {
    CP_TERMINAL_USABLE = 0,
    CP_TERMINAL_UNKNOWN = 1,          // no terminfo entry for $TERM (or a generic one such as dumb)
    CP_TERMINAL_INCAPABLE = 2,        // hard-copy, or no cursor addressing
    CP_TERMINAL_DATABASE_MISSING = 3, // no terminfo database at all
};

/// Looks $TERM up without ncurses printing anything or exiting: setupterm with an error pointer
/// only reports. The probe's TERMINAL is freed again; newterm loads its own.
static inline int cp_probe_terminal(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) {
        if (status == -1) return CP_TERMINAL_DATABASE_MISSING;
        return status == 1 ? CP_TERMINAL_INCAPABLE : CP_TERMINAL_UNKNOWN;
    }
    int usable = cp_has_cursor_addressing() && !hard_copy;
    TERMINAL *probe = cur_term;
    set_curterm(NULL);
    del_curterm(probe);
    return usable ? CP_TERMINAL_USABLE : CP_TERMINAL_INCAPABLE;
}

/// A terminfo string capability, or NULL when absent or cancelled.
static inline const char *cp_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// The window size the kernel reports now; ncurses is told if it changed while we were stopped.
static inline void cp_refresh_size_from_tty(void) {
    struct winsize size;
    if (ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS)) {
        resizeterm(size.ws_row, size.ws_col);
    }
}

// MARK: - Emergency restore (async-signal-safe: write and tcsetattr only)

static struct termios *cp_shell_termios_storage = NULL;
static inline struct termios *cp_shell_termios(void) {
    if (cp_shell_termios_storage == NULL) cp_shell_termios_storage = calloc(1, sizeof(struct termios));
    return cp_shell_termios_storage;
}
static volatile sig_atomic_t cp_have_shell_termios = 0;
enum { CP_RESET_CAPACITY = 512 };
static char *cp_reset_storage = NULL;
static inline char *cp_reset_sequence(void) {
    if (cp_reset_storage == NULL) cp_reset_storage = calloc(CP_RESET_CAPACITY, 1);
    return cp_reset_storage;
}
static volatile sig_atomic_t cp_reset_length = 0;
static volatile sig_atomic_t cp_emergency_armed = 0;

/// Remembers the shell's terminal modes; call before ncurses changes them.
static inline void cp_save_shell_modes(void) {
    struct termios *modes = cp_shell_termios();
    cp_have_shell_termios = modes != NULL && tcgetattr(1, modes) == 0;
}

/// The bytes that leave the alternate screen, show the cursor and stop mouse reports: written
/// by a crash handler, where ncurses (which allocates and uses stdio) cannot run.
static inline void cp_arm_emergency_restore(const char *sequence) {
    char *storage = cp_reset_sequence();
    size_t length = sequence == NULL || storage == NULL ? 0 : strlen(sequence);
    if (length >= CP_RESET_CAPACITY) length = CP_RESET_CAPACITY - 1;
    if (length > 0) memcpy(storage, sequence, length);
    cp_reset_length = (sig_atomic_t)length;
    cp_emergency_armed = 1;
}

static inline void cp_disarm_emergency_restore(void) { cp_emergency_armed = 0; }

static void cp_emergency_restore(void) {
    if (!cp_emergency_armed) return;
    cp_emergency_armed = 0;
    if (cp_reset_length > 0 && cp_reset_storage != NULL) {
        ssize_t ignored = write(1, cp_reset_storage, (size_t)cp_reset_length);
        (void)ignored;
    }
    if (cp_have_shell_termios) tcsetattr(1, TCSANOW, cp_shell_termios_storage);
}

// MARK: - Signals
// Handlers only set flags and write one byte to a pipe; the reader's input loop (poll on stdin
// and the pipe) does the real work: ncurses is not async-signal-safe. The one exception is a
// second quit signal while the first is still pending (the loop is stuck): then the handler
// restores the terminal with write/tcsetattr and leaves with _exit.

static volatile sig_atomic_t cp_quit_signal = 0;
static volatile sig_atomic_t cp_stop_requested = 0;
static volatile sig_atomic_t cp_continued = 0;
static int cp_wake_pipe[2] = {-1, -1};

static const int cp_quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int cp_job_signals[] = {SIGTSTP, SIGCONT};
static const int cp_crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
static struct sigaction *cp_previous_actions = NULL;  // 4 quit, 2 job, 6 crash signals
static inline struct sigaction *cp_previous_quit(void) { return cp_previous_actions; }
static inline struct sigaction *cp_previous_job(void) { return cp_previous_actions + 4; }
static inline struct sigaction *cp_previous_crash(void) { return cp_previous_actions + 6; }
static int cp_signals_installed = 0;

static void cp_wake(void) {
    if (cp_wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(cp_wake_pipe[1], &byte, 1);
        (void)ignored;
    }
}

static void cp_on_quit_signal(int signo) {
    int saved = errno;
    if (cp_quit_signal != 0) {
        cp_emergency_restore();
        _exit(128 + signo);
    }
    cp_quit_signal = signo;
    cp_wake();
    errno = saved;
}

static void cp_on_job_signal(int signo) {
    int saved = errno;
    if (signo == SIGTSTP) cp_stop_requested = 1; else cp_continued = 1;
    cp_wake();
    errno = saved;
}

/// Restores the terminal, then hands the signal to whoever handled it before (the Swift runtime's
/// backtracer, or the default action) so the crash is still reported.
static void cp_on_crash_signal(int signo, siginfo_t *info, void *context) {
    (void)context;
    cp_emergency_restore();
    for (int i = 0; i < 6; i++) {
        if (cp_crash_signals[i] == signo) sigaction(signo, &cp_previous_crash()[i], NULL);
    }
    // A fault re-executes the faulting instruction on return; a raised signal must be raised again.
    if (info == NULL || info->si_code <= 0 || signo == SIGTRAP || signo == SIGABRT) raise(signo);
}

/// Installs the handlers, keeping any signal the parent chose to ignore ignored (nohup, shells
/// without job control). Must run before newterm, so ncurses does not install its own.
static inline int cp_install_signal_handlers(void) {
    if (cp_signals_installed) return 0;
    if (cp_previous_actions == NULL) cp_previous_actions = calloc(12, sizeof(struct sigaction));
    if (cp_previous_actions == NULL || cp_reset_sequence() == NULL || cp_shell_termios() == NULL) return -1;
    if (pipe(cp_wake_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(cp_wake_pipe[i], F_SETFL, fcntl(cp_wake_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(cp_wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    cp_quit_signal = 0;
    cp_stop_requested = 0;
    cp_continued = 0;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocked poll must wake up
    for (int i = 0; i < 4; i++) {
        sigaction(cp_quit_signals[i], NULL, &cp_previous_quit()[i]);
        if (cp_previous_quit()[i].sa_handler == SIG_IGN) continue;
        action.sa_handler = cp_on_quit_signal;
        sigaction(cp_quit_signals[i], &action, NULL);
    }
    for (int i = 0; i < 2; i++) {
        sigaction(cp_job_signals[i], NULL, &cp_previous_job()[i]);
        if (cp_previous_job()[i].sa_handler == SIG_IGN) continue;
        action.sa_handler = cp_on_job_signal;
        sigaction(cp_job_signals[i], &action, NULL);
    }
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
    crash.sa_sigaction = cp_on_crash_signal;
    for (int i = 0; i < 6; i++) sigaction(cp_crash_signals[i], &crash, &cp_previous_crash()[i]);
    // A mask inherited from the parent (thread pools block most signals) would make Ctrl-C,
    // Ctrl-Z and resizes do nothing at all: unblock what we handle.
    sigset_t handled;
    sigemptyset(&handled);
    for (int i = 0; i < 4; i++) sigaddset(&handled, cp_quit_signals[i]);
    for (int i = 0; i < 2; i++) sigaddset(&handled, cp_job_signals[i]);
    sigaddset(&handled, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    cp_signals_installed = 1;
    return 0;
}

static inline void cp_restore_signal_handlers(void) {
    if (!cp_signals_installed) return;
    for (int i = 0; i < 4; i++) sigaction(cp_quit_signals[i], &cp_previous_quit()[i], NULL);
    for (int i = 0; i < 2; i++) sigaction(cp_job_signals[i], &cp_previous_job()[i], NULL);
    for (int i = 0; i < 6; i++) sigaction(cp_crash_signals[i], &cp_previous_crash()[i], NULL);
    close(cp_wake_pipe[0]);
    close(cp_wake_pipe[1]);
    cp_wake_pipe[0] = cp_wake_pipe[1] = -1;
    cp_signals_installed = 0;
}

/// The first quit signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
static inline int cp_pending_quit_signal(void) { return cp_quit_signal; }

static inline int cp_take_stop_request(void) {
    int requested = cp_stop_requested;
    cp_stop_requested = 0;
    return requested;
}

static inline int cp_take_continued(void) {
    int continued = cp_continued;
    cp_continued = 0;
    return continued;
}

/// Stops the process the way the default SIGTSTP action would; returns after SIGCONT.
static inline void cp_stop_self(void) {
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    sigemptyset(&stop.sa_mask);
    stop.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &stop, &ours);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
}

enum { CP_WAIT_INPUT = 1, CP_WAIT_WOKEN = 0, CP_WAIT_FAILED = -1 };

/// Blocks until standard input is readable (or closed), or a signal arrives. The wake pipe
/// closes the race between checking the signal flags and going to sleep.
static inline int cp_wait_for_input(void) {
    struct pollfd fds[2];
    fds[0].fd = 0;
    fds[0].events = POLLIN;
    fds[1].fd = cp_wake_pipe[0];
    fds[1].events = POLLIN;
    int ready = poll(fds, cp_wake_pipe[0] >= 0 ? 2 : 1, -1);
    if (ready < 0) return errno == EINTR ? CP_WAIT_WOKEN : CP_WAIT_FAILED;
    if (ready == 0) return CP_WAIT_WOKEN;
    if (cp_wake_pipe[0] >= 0 && (fds[1].revents & POLLIN)) {
        char drain[64];
        while (read(cp_wake_pipe[0], drain, sizeof drain) > 0) {}
        return CP_WAIT_WOKEN;
    }
    return CP_WAIT_INPUT;
}

// MARK: - Restore at exit

static volatile sig_atomic_t cp_curses_active = 0;
static int cp_exit_hook_registered = 0;

static void cp_restore_at_exit(void) {
    if (!cp_curses_active) return;
    cp_curses_active = 0;
    mousemask(0, NULL);
    curs_set(1);
    endwin();
}

/// Marks ncurses as running (or not); an exit() while it runs restores the terminal first.
static inline void cp_set_curses_active(int active) {
    cp_curses_active = active;
    if (active && !cp_exit_hook_registered) {
        cp_exit_hook_registered = 1;
        atexit(cp_restore_at_exit);
    }
}

static inline int cp_is_curses_active(void) { return cp_curses_active; }
#endif
