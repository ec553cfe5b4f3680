fn main() {
    std::process::exit(quotelens::cli::main(std::env::args().skip(1).collect()));
}
