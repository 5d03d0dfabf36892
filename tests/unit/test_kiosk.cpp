// Kiosk: the state machine with a fake clock, the PIN, and tour files.
#include <catch2/catch.hpp>

#include "kiosk/kiosk_state.h"
#include "kiosk/pin.h"
#include "kiosk/tour.h"

using namespace dc;
using namespace dc::kiosk;
using Catch::Matchers::Contains;

namespace {
const std::string kPinHash = pinHash("2468");
bool verify(const std::string& pin) { return pinMatches(pin, kPinHash); }
} // namespace

TEST_CASE("idle -> attract -> touch -> interactive") {
    FakeClock clock;
    KioskState k(clock, 90.0, verify);
    CHECK(k.mode() == KioskMode::Interactive);
    clock.advance(89.0);
    CHECK_FALSE(k.update().enteredAttract);
    k.input(); // a visitor keeps using it
    clock.advance(89.0);
    CHECK_FALSE(k.update().enteredAttract);
    clock.advance(1.5);
    KioskEvents e = k.update();
    CHECK(e.enteredAttract);
    CHECK(k.mode() == KioskMode::Attract);
    clock.advance(3600.0); // attract runs on; no second entry event
    CHECK_FALSE(k.update().enteredAttract);
    e = k.input();
    CHECK(e.leftAttract);
    CHECK(k.mode() == KioskMode::Interactive);
    CHECK_FALSE(k.update().enteredAttract);
}

TEST_CASE("the administrator leaves with the chord and the right PIN only") {
    FakeClock clock;
    KioskState k(clock, 90.0, verify);
    k.adminChord();
    CHECK(k.mode() == KioskMode::AdminPrompt);
    for (char c : std::string("1111")) k.pinDigit(c);
    CHECK(k.pinLength() == 4);
    CHECK_FALSE(k.pinEnter().exitApproved);
    CHECK(k.message() == "Wrong PIN.");
    CHECK(k.pinLength() == 0);
    for (char c : std::string("2468")) k.pinDigit(c);
    CHECK(k.pinEnter().exitApproved);
}

TEST_CASE("five wrong PINs lock the prompt for a minute; an idle prompt closes") {
    FakeClock clock;
    KioskState k(clock, 90.0, verify);
    k.adminChord();
    for (int i = 0; i < KioskState::kMaxFailures; ++i) {
        k.pinDigit('9');
        k.pinEnter();
    }
    CHECK(k.lockedOut());
    for (char c : std::string("2468")) k.pinDigit(c);
    CHECK_FALSE(k.pinEnter().exitApproved); // right PIN, but locked
    clock.advance(KioskState::kLockout + 1);
    for (char c : std::string("2468")) k.pinDigit(c);
    CHECK(k.pinEnter().exitApproved);

    KioskState k2(clock, 90.0, verify);
    k2.adminChord();
    clock.advance(KioskState::kPromptTimeout + 1);
    k2.update();
    CHECK(k2.mode() == KioskMode::Interactive);
    // The prompt does not let attract mode start under the administrator.
    KioskState k3(clock, 10.0, verify);
    k3.adminChord();
    clock.advance(20.0);
    CHECK_FALSE(k3.update().enteredAttract);
}

TEST_CASE("PIN hashes") {
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(pinMatches("2468", kPinHash));
    CHECK_FALSE(pinMatches("2469", kPinHash));
    CHECK_FALSE(pinMatches("2468", "not a hash"));
    std::string upper = kPinHash;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(pinMatches("2468", upper));
}

TEST_CASE("tour files parse, and bad ones say FILE:LINE: message") {
    auto good = parseTour("title = \"T\"\n[[step]]\nduration = 5\nview = \"left\"\npeel = 4\ncaption = \"Hi\"\n"
                          "[[step]]\ncaption = \"Two\"\nmotion = \"hip_flexion\"\nselect = \"psoas_major_left\"\n",
                          "tours/t.toml");
    REQUIRE(good.errors.empty());
    REQUIRE(good.tour);
    CHECK(good.tour->name == "t");
    CHECK(good.tour->steps.size() == 2);
    CHECK(good.tour->steps[0].peel == 4);
    CHECK(good.tour->duration() == Approx(11.0));

    auto first = [](const char* text) {
        auto p = parseTour(text, "tours/t.toml");
        return p.errors.empty() ? std::string() : p.errors.front().toString();
    };
    CHECK_THAT(first("title = \"T\"\n[[step]]\ncaption = \"x\"\npeel = 9\n"), Contains("tours/t.toml:4: 'peel'"));
    CHECK_THAT(first("title = \"T\"\n[[step]]\ncaption = \"x\"\nview = \"up\"\n"), Contains(":4: unknown view 'up'"));
    CHECK_THAT(first("title = \"T\"\n[[step]]\nduration = 5\n"), Contains(":2: every step needs a 'caption'"));
    CHECK_THAT(first("title = \"T\"\n"), Contains("at least one [[step]]"));
    CHECK_THAT(first("[[step]]\ncaption = \"x\"\n"), Contains("tours/t.toml:1: missing required field 'title'"));
    CHECK_THAT(first("title = \"T\"\n[[step]]\ncaption = \"x\"\nspeed = 2\n"), Contains(":4: unknown key 'speed'"));
    CHECK_THAT(first("title = \"T\"\n[[step]]\ncaption = \"x\"\nduration = 0.1\n"), Contains(":4: 'duration'"));
    CHECK_THAT(first("title = \n"), Contains("TOML syntax error"));
}

TEST_CASE("the shipped tours load, reference real motions, and loop for a day") {
    auto load = loadTours(std::string(DC_SOURCE_DIR) + "/annotations/tours");
    for (const auto& e : load.errors) UNSCOPED_INFO(e.toString());
    REQUIRE(load.errors.empty());
    REQUIRE(load.tours.size() >= 2);
    double total = 0;
    size_t steps = 0;
    for (const auto& t : load.tours) {
        total += t.duration();
        steps += t.steps.size();
    }
    TourPlayer player(load.tours);
    player.restart();
    // 24 hours at 30 frames a second.
    const double dt = 1.0 / 30.0;
    size_t frames = static_cast<size_t>(24 * 3600 / dt);
    for (size_t i = 0; i < frames; ++i) player.advance(dt);
    size_t expected = static_cast<size_t>(24 * 3600 / total * steps);
    CHECK(player.stepsStarted() >= expected - steps);
    CHECK(player.stepsStarted() <= expected + steps + 1);
    REQUIRE(player.step());
}
