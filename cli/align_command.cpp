// mtlint align SRC TGT: which target sentences translate which source sentences.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "command.h"
#include "mtlint/align.h"
#include "mtlint/engine.h"
#include "output.h"

namespace mtlint::cli {
namespace {

struct AlignArguments {
  std::string source_path;
  std::string target_path;
  std::string source_lang;
  std::string target_lang;
  std::string format = "text";
  std::string output;
  std::string dictionary;
  std::string encoding = "utf-8";
  bool presegmented = false;
};

// Reads, identifies (when no language is given) and segments one side.
Result<Document> load_side(Engine& engine, const std::string& path, const std::string& lang,
                           const std::string& option_name, const AlignArguments& arguments) {
  Result<Document> document = read_document(path, IngestOptions{arguments.encoding});
  if (!document) return document;
  return engine.prepare(std::move(document).value(), lang, option_name, arguments.presegmented);
}

void write_range(std::ostream& out, std::size_t begin, std::size_t end) {
  out << '[';
  for (std::size_t k = begin; k < end; ++k) out << (k == begin ? "" : ", ") << k;
  out << ']';
}

void write_beads(const Alignment& alignment, std::ostream& out) {
  for (const Bead& bead : alignment.beads) {
    write_range(out, bead.source_begin, bead.source_end);
    out << ':';
    write_range(out, bead.target_begin, bead.target_end);
    out << '\n';
  }
}

void write_json(const Alignment& alignment, std::ostream& out) {
  nlohmann::json beads = nlohmann::json::array();
  for (const Bead& bead : alignment.beads) {
    beads.push_back({{"source", {bead.source_begin, bead.source_end}},
                     {"target", {bead.target_begin, bead.target_end}},
                     {"score", std::round(bead.score * 1000.0) / 1000.0}});
  }
  out << nlohmann::json{{"alignment", beads}}.dump() << '\n';
}

// One block per bead: the score, then each source sentence ("S") and target sentence ("T").
void write_text(const Alignment& alignment, const Document& source, const Document& target,
                std::ostream& out) {
  for (const Bead& bead : alignment.beads) {
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", bead.score);
    const char* margin = score;
    for (std::size_t k = bead.source_begin; k < bead.source_end; ++k, margin = "    ") {
      out << margin << "  S" << k << "  " << source.view(source.sentences[k].span) << '\n';
    }
    for (std::size_t k = bead.target_begin; k < bead.target_end; ++k, margin = "    ") {
      out << margin << "  T" << k << "  " << target.view(target.sentences[k].span) << '\n';
    }
    out << '\n';
  }
}

int run_align(const AlignArguments& arguments) {
  if (!arguments.dictionary.empty() && !std::ifstream(arguments.dictionary)) {
    print_error(Error{arguments.dictionary, "cannot read the bilingual dictionary", {}, {}});
    return 2;
  }
  Engine engine(default_dictionaries_dir());
  Result<Document> source =
      load_side(engine, arguments.source_path, arguments.source_lang, "--source-lang", arguments);
  if (!source) {
    print_error(source.error());
    return 2;
  }
  Result<Document> target =
      load_side(engine, arguments.target_path, arguments.target_lang, "--target-lang", arguments);
  if (!target) {
    print_error(target.error());
    return 2;
  }
  const Alignment alignment = align_documents(
      *source, *target, AlignOptions{arguments.dictionary, default_dictionaries_dir().string()});
  const bool written = emit(arguments.output, [&](std::ostream& out) {
    if (arguments.format == "beads") {
      write_beads(alignment, out);
    } else if (arguments.format == "json") {
      write_json(alignment, out);
    } else {
      write_text(alignment, *source, *target, out);
    }
  });
  return written ? 0 : 2;
}

}  // namespace

void add_align_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<AlignArguments>();
  CLI::App* command =
      app.add_subcommand("align", "Align the sentences of an article and its translation");
  command->add_option("SRC", arguments->source_path, "the original article")->required();
  command->add_option("TGT", arguments->target_path, "the translation")->required();
  command->add_option("--source-lang", arguments->source_lang,
                      "language of SRC (BCP-47); identified when omitted");
  command->add_option("--target-lang", arguments->target_lang,
                      "language of TGT (BCP-47); identified when omitted");
  command
      ->add_option("--format,-f", arguments->format,
                   "text (pairs side by side), json (the report's alignment array) or beads "
                   "(one '[0, 1]:[0]' per line)")
      ->check(CLI::IsMember({"text", "json", "beads"}));
  command->add_option("--output,-o", arguments->output, "write to FILE");
  command->add_flag("--presegmented", arguments->presegmented,
                    "one sentence per line exactly as given (for scoring gold alignments)");
  command->add_option("--dictionary", arguments->dictionary,
                      "bilingual word list, one 'target @ source' per line (hunalign format); "
                      "default: the pair's list in dictionaries/bilingual/, when there is one");
  command->add_option("--encoding", arguments->encoding,
                      "input encoding: utf-8 (default), auto, or a name such as windows-1251");
  command->callback([arguments, &exit_code] { exit_code = run_align(*arguments); });
}

}  // namespace mtlint::cli
