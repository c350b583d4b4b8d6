// A program outside the ctnn tree: it sees only the installed package.
#include <ctnn/ctnn.hpp>

#include <iostream>

int main() {
    using namespace ctnn;
    constexpr Network<Dense<1, 1>> net{Dense<1, 1>{.W = {2.0}, .b = {1.0}}};
    static_assert(net.predict(Vector<1>{3.0})[0] == 7.0);  // 2 * 3 + 1
    std::cout << "consumer: y_hat = " << net.predict(Vector<1>{3.0})[0] << '\n';
    return net.predict(Vector<1>{3.0})[0] == 7.0 ? 0 : 1;
}
