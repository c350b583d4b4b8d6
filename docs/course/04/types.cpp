/// Lesson 4's program: types computed from types. A network's type determines the types of
/// everything its passes produce: the trace, the gradients, the optimizer's state.
#include <ctnn/ctnn.hpp>

#include <boost/hana/at.hpp>

#include <concepts>
#include <cstddef>
#include <iostream>
#include <type_traits>

using namespace ctnn;

using Net = Network<Dense<2, 2>, ReLU, Dense<2, 1>>;

// [trace]
// The forward pass's record: the input, then every layer's z and a.
using TraceType = Net::trace_type;
static_assert(std::same_as<decltype(TraceType::x), Vector<2>>);
static_assert(std::same_as<decltype(TraceType{}.layer<0>().z), Vector<2>>);  // Z1
static_assert(std::same_as<decltype(TraceType{}.layer<1>().a), Vector<1>>);  // y_hat
// [trace]

// [gradients]
// A layer's gradient is the layer itself, every parameter replaced by the loss's derivative
// with respect to it, plus dL/dz and dL/da: so an optimizer's step is p - eta dL/dp, member by
// member.
using GradientsType = Net::gradients_type;
using FirstGradient = std::remove_cvref_t<decltype(GradientsType{}.layer<0>())>;
static_assert(std::derived_from<FirstGradient, Dense<2, 2>>);
static_assert(std::same_as<decltype(FirstGradient::W), Matrix<2, 2>>);  // dL/dW1, laid out as W1
static_assert(std::same_as<decltype(FirstGradient::dL_dz), Vector<2>>);
// [gradients]

// [state]
// What an optimizer keeps, typed like each parameter: Momentum a velocity per parameter, Adam
// two moments, SGD nothing.
template <class O, std::size_t K, std::size_t I>
using state_t = std::remove_cvref_t<decltype(boost::hana::at_c<I>(
    boost::hana::at_c<K>(typename Net::template optimizer_state_type<O>{})))>;
static_assert(std::same_as<state_t<Momentum, 0, 0>, Momentum::state<Matrix<2, 2>>>);
static_assert(std::same_as<decltype(state_t<Momentum, 1, 1>::velocity), Vector<1>>);  // of b2
static_assert(std::same_as<decltype(state_t<Adam, 0, 0>::v), Matrix<2, 2>>);
static_assert(std::is_empty_v<state_t<SGD, 0, 0>>);
// [state]

// [own]
/// A variable template: the number of scalars in a tensor type.
template <class Tensor>
inline constexpr std::size_t scalars = Tensor::size;

/// An alias template: the type of a batch of B inputs for network N.
template <class N, std::size_t B>
using batch_input_t = Matrix<B, N::input_size, typename N::scalar_type>;

static_assert(scalars<decltype(FirstGradient::W)> == 4);
static_assert(std::same_as<batch_input_t<Net, 64>, Matrix<64, 2>>);
// [own]

int main() {
    std::cout << "Adam keeps " << sizeof(Net::optimizer_state_type<Adam>) << " bytes for "
              << Net::parameter_count << " parameters\n";
}
