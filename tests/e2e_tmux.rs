//! End to end: the real binary in a real terminal (tmux). Open a bundled article, press keys,
//! read the screen with capture-pane, quit, and check the shell is back in cooked mode; then the
//! same after SIGTERM; then check that closing the terminal ends the reader. Skips (does not fail) when tmux is not installed; CI installs it.

use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start() -> Option<Tmux> {
        Command::new("tmux").arg("-V").output().ok()?;
        let tmux = Tmux {
            socket: format!("lede-e2e-{}", std::process::id()),
        };
        let out = tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
        ]);
        assert!(out.status.success(), "tmux new-session failed: {out:?}");
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn type_line(&self, line: &str) {
        self.send(&["-l", line]);
        self.send(&["Enter"]);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    /// Wait until the screen satisfies `test`, or panic with the last screen.
    fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            sleep(Duration::from_millis(100));
        }
    }

    /// The shell runs a typed command again: Enter arrives as a newline (ICRNL is back, so raw mode
    /// was undone) and the command's output shows (the alternate screen was left).
    fn shell_is_back(&self, tag: &str) {
        self.type_line(&format!("echo back-$((40+2))-{tag}"));
        self.wait_for("the shell back in cooked mode", |s| {
            s.lines().any(|l| l.trim() == format!("back-42-{tag}"))
        });
    }

    /// The pid of the process running in the pane's shell, if any.
    fn child_of_shell(&self) -> Option<String> {
        let pane = self.run(&["display-message", "-p", "-t", "e2e", "#{pane_pid}"]);
        let pane = String::from_utf8_lossy(&pane.stdout).trim().to_owned();
        let out = Command::new("ps")
            .args(["-o", "pid=", "--ppid", &pane])
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
            .map(str::to_owned)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

#[test]
fn the_reader_runs_in_a_real_terminal_and_restores_it() {
    let Some(tmux) = Tmux::start() else {
        eprintln!("skipping: tmux is not installed");
        return;
    };
    let binary = env!("CARGO_BIN_EXE_lede");
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/articles/harbor-strike.txt"
    );
    // Reading state in a folder of its own: the user's is neither read nor changed.
    let state = std::env::temp_dir().join(format!("lede-e2e-state-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let binary = format!("{binary} --state-dir {}", state.display());
    tmux.type_line(&format!("{binary} {article}"));
    tmux.wait_for("the first frame", |s| {
        s.contains("sentence ") && s.contains("?")
    });
    tmux.send(&["j", "j"]);
    tmux.wait_for("two sentences down", |s| s.contains("sentence 3/"));
    tmux.send(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("Esc closes"));
    // Escape on its own: Escape followed by another key arrives as Alt+key.
    tmux.send(&["Escape"]);
    tmux.wait_for("the overlay closed", |s| !s.contains("Esc closes"));
    tmux.send(&["/"]);
    tmux.type_line("port");
    tmux.wait_for("a search match", |s| {
        s.contains("match ") && !s.contains("match 0/")
    });
    let at = sentence_status(&tmux.screen());
    tmux.send(&["q"]);
    tmux.wait_for("the reader gone", |s| !s.contains("sentence "));
    tmux.shell_is_back("quit");

    // The cursor comes back where it was; SIGTERM restores the terminal too.
    tmux.type_line(&format!("{binary} {article}"));
    tmux.wait_for("the first frame again, at the same sentence", |s| {
        sentence_status(s) == at
    });
    let Some(pid) = tmux.child_of_shell() else {
        eprintln!("skipping the SIGTERM part: cannot find the reader's pid (no ps?)");
        return;
    };
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    tmux.wait_for("the reader gone after SIGTERM", |s| {
        !s.contains("sentence ")
    });
    tmux.shell_is_back("term");

    // A closed terminal (the tmux pane killed) ends the reader instead of leaving it spinning.
    tmux.type_line(&format!("{binary} {article}"));
    tmux.wait_for("the first frame a third time", |s| s.contains("sentence "));
    let Some(pid) = tmux.child_of_shell() else {
        return;
    };
    tmux.run(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{pid}")).exists() && !is_zombie(&pid) {
        assert!(
            Instant::now() < deadline,
            "the reader {pid} still runs 10 s after its terminal was closed"
        );
        sleep(Duration::from_millis(100));
    }
    let _ = std::fs::remove_dir_all(&state);
}

/// Whether process `pid` has ended and only waits to be reaped.
fn is_zombie(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| s.trim_start().starts_with('Z'))
    })
}

/// The `sentence N/M` part of a screen's status line.
fn sentence_status(screen: &str) -> String {
    screen
        .split_whitespace()
        .skip_while(|w| *w != "sentence")
        .nth(1)
        .map(|n| format!("sentence {n}"))
        .unwrap_or_default()
}
