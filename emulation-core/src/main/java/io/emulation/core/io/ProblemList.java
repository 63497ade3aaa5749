package io.emulation.core.io;

import io.emulation.core.Problem;
import io.emulation.core.text.Message;
import java.util.ArrayList;

/**
 * The problems of one document: every one counted, the first {@link #LISTED} kept, so that a
 * hostile document with a million mistakes is reported in a message of bounded size.
 */
final class ProblemList extends ArrayList<Problem> {
  /** The most problems one document reports. */
  static final int LISTED = 1000;
  private static final long serialVersionUID = 1L;

  private int unlisted;

  /** Keeps the problem if fewer than {@link #LISTED} are kept, else only counts it. */
  @Override
  public boolean add(Problem problem) {
    if (size() < LISTED) {
      return super.add(problem);
    }
    unlisted++;
    return true;
  }

  /** Every problem added, listed or not. */
  int count() {
    return size() + unlisted;
  }

  /** The problems to report: those kept and, when some were not, a line saying how many. */
  ArrayList<Problem> report(String file) {
    ArrayList<Problem> report = new ArrayList<>(this);
    if (unlisted > 0) {
      report.add(Problem.at(file, Message.of("io.problems.unlisted", count(), LISTED)));
    }
    return report;
  }
}
