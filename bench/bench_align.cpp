// Sentence aligner: time and DP memory on synthetic pairs of 1,000 and 10,000 sentences, with
// the plain Gale-Church full quadratic search (length only) on 1,000 as the baseline.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "mtlint/align_tuning.h"

namespace {

const std::vector<std::string> kWords = {"the",     "council", "said",    "water",   "prices",
                                         "would",   "rise",    "after",   "a",       "long",
                                         "dispute", "between", "farmers", "traders", "spring"};
const std::vector<std::string> kNames = {"Kowalski", "Petrenko", "Dubois", "Schneider", "Garcia",
                                         "Rossi",    "Novak",    "Jansen", "Horvat",    "Silva"};

struct SyntheticPair {
  std::vector<std::string> source;
  std::vector<std::string> target;
};

// A literal "translation" (words reversed, names and numbers kept) in which every 40th source
// sentence is dropped and every 60th target sentence is split in two.
SyntheticPair make_pair(std::size_t count) {
  SyntheticPair pair;
  for (std::size_t k = 0; k < count; ++k) {
    std::string source = kNames[k % kNames.size()];
    std::string target = source;
    for (std::size_t w = 0; w < 5 + (k * 7) % 23; ++w) {
      const std::string& word = kWords[(k * 3 + w * 5) % kWords.size()];
      source += " " + word;
      target += " " + std::string(word.rbegin(), word.rend());
    }
    const std::string year = " " + std::to_string(1900 + (k * 37) % 120) + ".";
    pair.source.push_back(source + year);
    if (k % 40 == 39) continue;
    if (k % 60 == 59) {
      const std::size_t middle = target.find(' ', target.size() / 2);
      pair.target.push_back(target.substr(0, middle) + ".");
      pair.target.push_back(target.substr(middle + 1) + year);
    } else {
      pair.target.push_back(target + year);
    }
  }
  return pair;
}

mtlint::AlignSide side_of(const std::vector<std::string>& lines) {
  mtlint::AlignSide side;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    side.sentences.emplace_back(lines[k]);
    side.paragraph_of.push_back(k / 5);
  }
  return side;
}

void run(benchmark::State& state, const mtlint::AlignParams& params) {
  const SyntheticPair pair = make_pair(static_cast<std::size_t>(state.range(0)));
  const mtlint::AlignSide source = side_of(pair.source);
  const mtlint::AlignSide target = side_of(pair.target);
  mtlint::AlignStats stats;
  for (auto _ : state) {
    const mtlint::Alignment alignment =
        mtlint::align_sentences_with(source, target, {}, params, &stats);
    benchmark::DoNotOptimize(alignment.beads.data());
  }
  state.counters["sentences"] = static_cast<double>(pair.source.size());
  state.counters["dp_cells"] = static_cast<double>(stats.cells);
  state.counters["dp_bytes"] = static_cast<double>(stats.peak_bytes);
  state.counters["passes"] = static_cast<double>(stats.passes);
  state.counters["sentences_per_s"] = benchmark::Counter(
      static_cast<double>(pair.source.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_AlignBanded(benchmark::State& state) { run(state, mtlint::AlignParams{}); }

void BM_AlignBandedLengthOnly(benchmark::State& state) {
  mtlint::AlignParams params;
  params.anchor_weight = 0.0;
  run(state, params);
}

// Gale-Church as published: length only, the whole table.
void BM_GaleChurchFullBaseline(benchmark::State& state) {
  mtlint::AlignParams params;
  params.anchor_weight = 0.0;
  params.initial_band = 0;
  run(state, params);
}

}  // namespace

BENCHMARK(BM_AlignBanded)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignBandedLengthOnly)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GaleChurchFullBaseline)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
