#!/usr/bin/env sh
# Issue 20 must-show "Main lines of resource/kinds + sandbox pricing routes: at most 60 % of today's", reproducible:
# counts non-blank, non-comment lines (// lines and /* ... */ blocks, javadoc included) of
#   - src/main/java/dev/ascctl/resource/kinds/** in both checkouts, and
#   - at the baseline, the five hand-written sandbox route classes the issue names (1,372 physical lines);
#     now, the rule hooks on the generic router that replaced them (and PricePoints, the computed price points).
#   scripts/measure-kinds.sh [BASELINE_DIR] [CURRENT_DIR]    defaults: /work/base-c758 and the current checkout
# Prints one line per part and the ratio; exit 0.
set -eu
base=${1:-${ASCCTL_BASELINE_DIR:-/work/base-c758}}
now=${2:-$(cd "$(dirname "$0")/.." && pwd)}
[ -d "$base/src/main/java/dev/ascctl/resource/kinds" ] || { echo "no baseline checkout at $base" >&2; exit 2; }

# Non-blank lines that are not wholly comment; a line with code before a comment counts.
count() {
  [ $# -gt 0 ] || { echo 0; return; }
  awk '
    {
      line = $0; code = ""
      while (length(line) > 0) {
        if (inblock) {
          end = index(line, "*/")
          if (end == 0) { line = ""; break }
          line = substr(line, end + 2); inblock = 0
        } else {
          s = index(line, "/*"); d = index(line, "//")
          if (s == 0 && d == 0) { code = code line; break }
          if (d > 0 && (s == 0 || d < s)) { code = code substr(line, 1, d - 1); break }
          code = code substr(line, 1, s - 1); line = substr(line, s + 2); inblock = 1
        }
      }
      if (code ~ /[^ \t]/) n++
    }
    END { print n + 0 }' "$@"
}

kinds_files() {
  find "$1/src/main/java/dev/ascctl/resource/kinds" -name '*.java' | sort
}
# Kinds added since c758bce, left out of the like-for-like line: the issue's proof kinds, and the capabilities of
# later issues (the app's price and availability in kinds/pricing, issue 13; customer reviews in kinds/reviews, 14;
# export compliance, the encryption declaration and the xcode: section, 15; subscription availability, 13; nominations, 13; in-app events, App
# Clips, product pages and experiments in their own folders, 17).
added_since='/(EndUserLicenseAgreementHandler|AccessibilityDeclarationHandler|ExportComplianceHandler|EncryptionDeclarationHandler|XcodeSection|SubscriptionAvailabilityHandler|SubscriptionOffSaleHandler)[.]java$|/kinds/(pricing|reviews|nominations|events|appclips|experiments|pages)/'

# shellcheck disable=SC2046
base_kinds=$(count $(kinds_files "$base"))
base_pricing="sandbox/pricing/PricingRoutes.java sandbox/pricing/PromotionalOfferRoutes.java
  sandbox/pricing/SubscriptionPricingRoutes.java sandbox/pricing/IntroductoryOfferRoutes.java
  sandbox/purchases/IapAvailabilityRoutes.java"
now_pricing="sandbox/rules/PriceScheduleRules.java sandbox/rules/SubscriptionPriceRules.java
  sandbox/rules/PromotionalOfferRules.java sandbox/rules/IntroductoryOfferRules.java
  sandbox/rules/InAppPurchaseAvailabilityRules.java sandbox/pricing/PricePoints.java"
paths() {
  for p in $2; do
    [ -f "$1/src/main/java/dev/ascctl/$p" ] && echo "$1/src/main/java/dev/ascctl/$p"
  done
}
# shellcheck disable=SC2046
base_routes=$(count $(paths "$base" "$base_pricing"))
# shellcheck disable=SC2046
now_kinds=$(count $(kinds_files "$now"))
# shellcheck disable=SC2046
now_routes=$(count $(paths "$now" "$now_pricing"))
# shellcheck disable=SC2046
now_same=$(count $(kinds_files "$now" | grep -Ev "$added_since"))

# The engine side of the contract (resource/ outside kinds/), shown so that code moved out of kinds/ into a shared
# base is seen rather than counted as gone.
engine_files() {
  find "$1/src/main/java/dev/ascctl/resource" -name '*.java' -not -path '*/resource/kinds/*' | sort
}
# shellcheck disable=SC2046
base_engine=$(count $(engine_files "$base"))
# shellcheck disable=SC2046
now_engine=$(count $(engine_files "$now"))

base_total=$((base_kinds + base_routes))
now_total=$((now_kinds + now_routes))
echo "baseline $(git -C "$base" rev-parse --short HEAD 2>/dev/null || echo "$base"): resource/kinds $base_kinds + pricing routes $base_routes = $base_total"
echo "now      $(git -C "$now" rev-parse --short HEAD 2>/dev/null || echo "$now"): resource/kinds $now_kinds + pricing rule hooks $now_routes = $now_total"
echo "now, the same kinds as the baseline (without the kinds added since: EULA, accessibility, export compliance, encryption declaration, xcode, subscription availability and off-sale, pricing/, reviews/, nominations/, events/, appclips/, experiments/, pages/): $now_same + $now_routes = $((now_same + now_routes))"
echo "engine side (resource/ outside kinds/), not in the ratio: baseline $base_engine, now $now_engine ($((now_engine - base_engine)) lines)"
awk -v a="$now_total" -v s="$((now_same + now_routes))" -v b="$base_total" 'BEGIN {
  printf "ratio    %.1f %% of the baseline, %.1f %% like for like (must-show: at most 60 %%)\n", 100 * a / b, 100 * s / b }'
