package org.anjian.load;

import java.util.Arrays;
import java.util.List;

/**
 * What a run of {@link ReviewSeason} is told by system properties. {@code load.profile} picks the
 * size ({@code smoke}: each kind of session once; {@code 50} and {@code 200}: that many concurrent
 * users); {@code load.users}, {@code load.seconds} and {@code load.ramp} override the profile's
 * figures. The logins default to the generated data's ({@link NationalData}).
 */
final class SeasonSettings {

  /** A run's size: users at once, for how long each loops, how fast they arrive. */
  record Profile(int users, int seconds, int ramp) {}

  static final String BASE = text("load.baseUrl", "http://127.0.0.1:8080/anjian/");
  static final Profile PROFILE = profile();

  /** One user per kind of session, each round once: the build's smoke run. */
  static final boolean SMOKE = PROFILE.users() <= 1;

  static final String PASSWORD = text("load.password", NationalData.PASSWORD);
  static final String CAPTCHA = text("load.captcha", "0000");
  static final List<String> REGULATORS =
      logins("load.regulators", "r000000,r370000,r370200,r370211,r440000,r440100,r440106,r110101");
  static final List<String> BODIES = logins("load.bodies", "b370200,b370000,b440100,b000000");

  /** A county office's one shared account, logged in and out by its staff all day. */
  static final String SHARED_LOGIN = text("load.sharedLogin", "r370211");

  /** False for a run that must change nothing: no approval, return or other move. */
  static final boolean MOVES = Boolean.parseBoolean(text("load.moves", "true"));

  /**
   * Text the regulators' decisions filter their pending list by before approving and returning (the
   * smoke's own records); empty: the list as it is.
   */
  static final String REVIEW_TEXT = text("load.reviewText", "");

  private SeasonSettings() {}

  private static Profile profile() {
    String name = text("load.profile", "smoke");
    Profile base =
        switch (name) {
          case "smoke", "1" -> new Profile(1, 0, 1);
          case "50" -> new Profile(50, 120, 20);
          case "200" -> new Profile(200, 180, 60);
          default ->
              throw new IllegalArgumentException(
                  "load.profile is smoke, 50 or 200 (or set load.users), not " + name);
        };
    return new Profile(
        integer("load.users", base.users()),
        integer("load.seconds", base.seconds() == 0 ? 30 : base.seconds()),
        integer("load.ramp", base.ramp()));
  }

  /** A property; unset or blank (as Maven passes an empty property) keeps the default. */
  private static String text(String property, String fallback) {
    String value = System.getProperty(property, "").trim();
    return value.isEmpty() ? fallback : value;
  }

  private static int integer(String property, int fallback) {
    return Integer.parseInt(text(property, String.valueOf(fallback)));
  }

  static List<String> logins(String property, String defaults) {
    return Arrays.stream(text(property, defaults).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
