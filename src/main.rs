//! The `lede` binary: parse the command line and hand over to [`lede::cli`].

fn main() {
    std::process::exit(lede::cli::main());
}
