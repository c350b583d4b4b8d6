#include <ctnn/io/spelling.hpp>
#include <ctnn/math/dual.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace ctnn;

namespace {

/// A layer ctnn cannot spell: it has no TypeSpelling.
struct Unnamed : Pass<2> {};

}  // namespace

TEST_CASE("TypeSpelling: names every shipped layer and activation as it is written",
          "[io][spelling]") {
    CHECK(type_name<Dense<784, 128, float>>() == "Dense<784, 128, float>");
    CHECK(type_name<Dense<2, 1>>() == "Dense<2, 1, double>");
    CHECK(type_name<Pass<4, float>>() == "Pass<4, float>");
    CHECK(type_name<Vector<3, float>>() == "Vector<3, float>");
    CHECK(type_name<Identity>() == "Identity");
    CHECK(type_name<ReLU>() == "ReLU");
    CHECK(type_name<LeakyReLU>() == "LeakyReLU");
    CHECK(type_name<Sigmoid>() == "Sigmoid");
    CHECK(type_name<Tanh>() == "Tanh");
    CHECK(type_name<Softmax>() == "Softmax");
}

TEST_CASE("TypeSpelling: spells types as code, with the header that defines them",
          "[io][spelling]") {
    CHECK(type_code<Dense<3, 4, float>>() == "ctnn::Dense<3, 4, float>");
    CHECK(type_code<Pass<4>>() == "ctnn::Pass<4, double>");
    CHECK(type_code<LeakyReLU>() == "ctnn::LeakyReLU");
    CHECK(type_code<Network<Dense<2, 2>, ReLU, Dense<2, 1>>>() ==
          "ctnn::Network<ctnn::Dense<2, 2, double>, ctnn::ReLU, ctnn::Dense<2, 1, double>>");
    CHECK(std::string(TypeSpelling<Dense<3, 4>>::header) == "ctnn/layer/dense.hpp");
    CHECK(std::string(TypeSpelling<Pass<3>>::header) == "ctnn/layer/pass.hpp");
    CHECK(std::string(TypeSpelling<Softmax>::header) == "ctnn/activation/softmax.hpp");
    CHECK(std::string(TypeSpelling<LeakyReLU>::header) == "ctnn/activation/leaky_relu.hpp");
    CHECK(std::string(TypeSpelling<Network<Dense<1, 1>>>::header) == "ctnn/network/network.hpp");
    CHECK(TypeSpelling<float>::header.empty());
}

TEST_CASE("architecture_text: lists the network's entries as the user wrote them",
          "[io][spelling]") {
    CHECK(architecture_text<Network<Dense<784, 128, float>, ReLU, Dense<128, 10, float>>>() ==
          "Network<Dense<784, 128, float>, ReLU, Dense<128, 10, float>>");
    CHECK(architecture_text<Network<Dense<4, 4>, Tanh, Softmax>>() ==
          "Network<Dense<4, 4, double>, Tanh, Softmax>");
    CHECK(architecture_text<Network<Dense<3, 2>, Unnamed, ReLU>>() ==
          "Network<Dense<3, 2, double>, ?, ReLU>");
}

TEST_CASE("Spelled: holds for the shipped types, not for a type of one's own", "[io][spelling]") {
    STATIC_REQUIRE(Spelled<Dense<2, 1>>);
    STATIC_REQUIRE(Spelled<Network<Dense<2, 2>, ReLU, Dense<2, 1>>>);
    STATIC_REQUIRE_FALSE(Spelled<Unnamed>);
    STATIC_REQUIRE_FALSE(Spelled<Network<Dense<3, 2>, Unnamed>>);
    STATIC_REQUIRE_FALSE(Spelled<Dense<2, 1, Dual<double>>>);
}
