// A program outside the ctnn tree that reads data files through the installed ctnn::io.
#include <ctnn/io/idx.hpp>

#include <iostream>
#include <string>

int main() {
    try {
        ctnn::read_idx_images("no-such-file.idx");
    } catch (const ctnn::DataError& error) {
        const std::string message = error.what();
        std::cout << "consumer: " << message << '\n';
        return message.find("no-such-file.idx") != std::string::npos ? 0 : 1;
    }
    return 1;  // reading a missing file must throw
}
