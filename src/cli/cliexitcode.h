#pragma once

// Exit codes of ocnumbers-cli, documented in its --help and the README.
enum class CliExitCode : int {
    Ok = 0,
    Usage = 2,       // bad options or arguments
    BadData = 3,     // the input is not a Live Platform response (or has warnings with --strict)
    InputOutput = 4, // an input cannot be read or the output cannot be written
    SignIn = 5,      // sign-in failed
    Server = 6,      // the server or the network failed
};
