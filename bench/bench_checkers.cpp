// Throughput of the whole target-side pipeline (ingest, segment, every target-side checker,
// report) over a ~10 MB stream of English articles, against `hunspell -l` on the same text in
// the same run: the figures to compare are ratios, since this machine is shared and noisy.
//
//   build/release/bench/bench_checkers [--benchmark_filter=...]
// MB/s per core is the "bytes_per_second" counter (one thread).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mtlint/engine.h"
#include "mtlint/ingest.h"

#ifndef MTLINT_SOURCE_ROOT
#define MTLINT_SOURCE_ROOT "."
#endif

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The project's own English articles, repeated with a counter so that no two are identical
// (the spelling cache still sees real news vocabulary repeat, as in a feed).
std::vector<std::string> article_stream(std::size_t total_bytes) {
  std::vector<std::string> seeds;
  const std::filesystem::path corpora = std::filesystem::path(MTLINT_SOURCE_ROOT) / "corpora";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpora)) {
    const std::string name = entry.path().filename().string();
    const std::string folder = entry.path().parent_path().filename().string();
    const bool english_target =
        (name == "target.txt" && folder.find("-en.") != std::string::npos) ||
        name == "ru-en.target.en.txt";
    if (english_target) seeds.push_back(read_text(entry.path()));
  }
  std::vector<std::string> stream;
  std::size_t bytes = 0;
  for (std::size_t i = 0; bytes < total_bytes && !seeds.empty(); ++i) {
    stream.push_back("Report " + std::to_string(i) + "\n\n" + seeds[i % seeds.size()]);
    bytes += stream.back().size();
  }
  return stream;
}

const std::vector<std::string>& stream() {
  static const std::vector<std::string> articles = article_stream(10U << 20U);
  return articles;
}

std::size_t stream_bytes() {
  std::size_t bytes = 0;
  for (const std::string& article : stream()) bytes += article.size();
  return bytes;
}

void BM_TargetSideChecks(benchmark::State& state) {
  mtlint::Engine engine(mtlint::default_dictionaries_dir());
  std::size_t findings = 0;
  for (auto _ : state) {
    for (const std::string& article : stream()) {
      auto document = mtlint::document_from_bytes(article, "article.txt");
      auto report = engine.check(std::move(document).value(), std::nullopt, "en", "");
      findings += report->findings.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stream_bytes()));
  state.counters["findings_per_pass"] =
      static_cast<double>(findings) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TargetSideChecks)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

// Baseline: Hunspell's own command-line tool listing the misspelt words of the same text.
void BM_HunspellList(benchmark::State& state) {
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "mtlint-bench.txt";
  {
    std::ofstream out(file, std::ios::binary);
    for (const std::string& article : stream()) out << article << "\n\n";
  }
  const std::string command = "hunspell -l -d en_US < " + file.string() + " > /dev/null";
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("hunspell -l failed (is the hunspell package installed?)");
      break;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stream_bytes()));
  std::filesystem::remove(file);
}
// Wall time: the work happens in a child process, which CPU time of this one does not see.
BENCHMARK(BM_HunspellList)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
