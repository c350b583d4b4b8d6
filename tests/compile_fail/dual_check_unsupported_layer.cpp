// dual_check on a network with a layer it cannot rebuild over dual numbers.
#include <ctnn/ctnn.hpp>
#include <ctnn/testing/archetypes.hpp>
#include <ctnn/testing/dual_check.hpp>

using namespace ctnn;

#ifdef CTNN_KO
using Net = Network<testing::LayerArchetype<2>, Tanh, Dense<2, 1>>;
// error: ctnn::testing::dual_check: a layer of the network has no twin over Dual<T>
// error: LayerArchetype
#else
using Net = Network<Dense<2, 2>, Tanh, Dense<2, 1>>;
#endif

constexpr Net network{};
[[maybe_unused]] constexpr auto result =
    testing::dual_check(network, Vector<2>{0.5, -0.5}, Vector<1>{1.0}, SquaredError{});
