package io.emulation.core.io;

import io.emulation.core.Problem;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.text.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The header row of a CSV file matched against a layout: which value of a row holds which
 * column. Names match whatever their case and surrounding spaces; missing required columns,
 * unknown columns (with a suggestion when one is close) and repeated columns are problems.
 */
final class CsvHeader {
  private final Map<String, Integer> indexByKey;
  private final Map<Integer, String> nameByIndex;
  private final int width;

  private CsvHeader(Map<String, Integer> indexByKey, Map<Integer, String> nameByIndex,
      int width) {
    this.indexByKey = indexByKey;
    this.nameByIndex = nameByIndex;
    this.width = width;
  }

  /**
   * Matches a header row.
   *
   * @param problems receives every problem of the header
   */
  static CsvHeader match(CsvRecords.Record header, CsvLayout layout, String file,
      Consumer<Problem> problems) {
    Map<String, CsvColumn> known = new HashMap<>();
    layout.columns().forEach(column -> known.put(column.key(), column));
    Map<String, Integer> indexByKey = new HashMap<>();
    Map<Integer, String> nameByIndex = new HashMap<>();
    List<String> names = header.values();
    for (int i = 0; i < names.size(); i++) {
      String at = file + ":" + header.lines().get(i) + ":" + (i + 1);
      String name = names.get(i).strip();
      String key = CsvColumn.key(name);
      CsvColumn column = known.get(key);
      if (name.isEmpty()) {
        problems.accept(Problem.at(at, Message.of("io.csv.header.noName", i + 1,
            layout.describe())));
      } else if (column == null) {
        problems.accept(Problem.at(at, Message.of("io.csv.header.unknown",
            CellFormats.shown(name), suggestion(key, layout), layout.describe())));
      } else if (indexByKey.containsKey(key)) {
        problems.accept(Problem.at(at, Message.of("io.csv.header.twice", column.name(),
            indexByKey.get(key) + 1, i + 1)));
      } else {
        indexByKey.put(key, i);
        nameByIndex.put(i, column.name());
      }
    }
    for (CsvColumn column : layout.columns()) {
      if (column.required() && !indexByKey.containsKey(column.key())) {
        problems.accept(Problem.at(file + ":" + header.line() + ":1", Message.of(
            "io.csv.header.missing", column.name(), layout.describe())));
      }
    }
    return new CsvHeader(indexByKey, nameByIndex, names.size());
  }

  /** The position of a column in a row, from 0, or -1 when the header does not have it. */
  int indexOf(CsvColumn column) {
    return indexByKey.getOrDefault(column.key(), -1);
  }

  /** The documented name of the column at a position, from 0, when the layout knows it. */
  Optional<String> nameAt(int index) {
    return Optional.ofNullable(nameByIndex.get(index));
  }

  /** How many columns the header has. */
  int width() {
    return width;
  }

  private static Message suggestion(String key, CsvLayout layout) {
    CsvColumn best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CsvColumn column : layout.columns()) {
      int distance = distance(key, column.key());
      if (distance < bestDistance) {
        best = column;
        bestDistance = distance;
      }
    }
    boolean close = best != null && bestDistance <= Math.max(1, Math.min(3, key.length() / 3));
    return Suggestions.suggesting(close ? Optional.of(best.name()) : Optional.empty());
  }

  /** Edit distance: insertions, deletions, substitutions and swaps of neighbours. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
