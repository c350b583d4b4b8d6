#include <ctnn/io/print.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace ctnn;

TEST_CASE("print: writes numbers in their shortest round-trip form", "[io][print]") {
    std::ostringstream out;
    print_number(out, 0.1 + 0.2) << ' ';
    print_number(out, 0.76) << ' ';
    print_number(out, -0.0) << ' ';
    print_number(out, 0.5f);
    CHECK(out.str() == "0.30000000000000004 0.76 -0 0.5");
}

TEST_CASE("print: writes vectors on one line and matrices row by row", "[io][print]") {
    std::ostringstream out;
    out << Vector<2>{1.1, -0.2} << '\n' << Matrix<2, 2>{-2.688, 0.0, -5.376, 0.0};
    CHECK(out.str() == "[1.1 -0.2]\n[[-2.688 0]\n [-5.376 0]]");
}
