// compare_with_notebook <expected> <actual>
//
// Compares a program's printed results with a notebook output cell, label by label. A label is
// the text before ':' at the start of a line; its numbers are all numbers after it, up to the
// next label. Each number must equal the notebook's at the precision the notebook printed:
// within half a unit of the last decimal place shown in that label's numbers (numpy prints an
// array's elements to a common precision, so "[0.7688 -0.4]" means -0.4000). A number outside
// brackets is a Python float printed in full (its shortest round-trip form) and must be equal.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Printed {
    std::vector<double> numbers;
    int decimals = 0;     // the most decimal places among the numbers
    bool in_full = true;  // no array brackets: every digit printed
};

std::map<std::string, Printed> read_labelled_numbers(const char* path) {
    std::ifstream file(path);
    if (!file) throw std::runtime_error(std::string("cannot open ") + path);
    static const std::regex label_line(R"(^([A-Za-z][^:]*):(.*)$)");
    static const std::regex number(R"([-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?)");
    std::map<std::string, Printed> result;
    Printed* current = nullptr;
    std::string line;
    while (std::getline(file, line)) {
        std::smatch match;
        std::string rest = line;
        if (std::regex_match(line, match, label_line)) {
            current = &result[match[1].str()];
            rest = match[2].str();
        }
        if (current == nullptr) continue;
        if (rest.find('[') != std::string::npos) current->in_full = false;
        for (std::sregex_iterator it(rest.begin(), rest.end(), number), end; it != end; ++it) {
            current->numbers.push_back(std::stod(it->str()));
            const std::string fraction = (*it)[1].str();
            const int decimals = fraction.empty() ? 0 : static_cast<int>(fraction.size()) - 1;
            if (decimals > current->decimals) current->decimals = decimals;
        }
    }
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: compare_with_notebook <notebook output> <program output>\n";
        return 2;
    }
    try {
        const auto expected = read_labelled_numbers(argv[1]);
        const auto actual = read_labelled_numbers(argv[2]);
        int mismatches = 0;
        int compared = 0;
        for (const auto& [label, printed] : expected) {
            if (printed.numbers.empty()) continue;
            const double tolerance =
                printed.in_full ? 0.0 : 0.5 * std::pow(10.0, -printed.decimals);
            const auto found = actual.find(label);
            if (found == actual.end()) {
                std::cout << label << ": missing from the program's output\n";
                ++mismatches;
                continue;
            }
            const auto& got = found->second.numbers;
            if (got.size() != printed.numbers.size()) {
                std::cout << label << ": " << got.size() << " numbers, the notebook has "
                          << printed.numbers.size() << '\n';
                ++mismatches;
                continue;
            }
            for (std::size_t i = 0; i < got.size(); ++i) {
                const bool close = std::fabs(got[i] - printed.numbers[i]) <= tolerance;
                std::printf("%-12s %-24.17g notebook %-20.17g +-%.0e  %s\n", label.c_str(), got[i],
                            printed.numbers[i], tolerance, close ? "ok" : "DIFFERS");
                ++compared;
                if (!close) ++mismatches;
            }
        }
        std::cout << compared << " numbers compared, " << mismatches << " mismatches\n";
        return mismatches == 0 && compared > 0 ? 0 : 1;
    } catch (const std::exception& error) {
        std::cerr << "compare_with_notebook: " << error.what() << '\n';
        return 2;
    }
}
