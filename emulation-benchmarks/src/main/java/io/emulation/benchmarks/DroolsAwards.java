package io.emulation.benchmarks;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.org.Individual;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The peer comparison: the law-2022 preset's LĐTT, CSTĐCS (15% of LĐTT holders, ties at the
 * cut-off all out), TTLĐTT and TTLĐXS rules written in Drools ({@code awards.drl}), run on the
 * same graded participants as the engine's {@code AwardEvaluator}.
 */
public final class DroolsAwards {
  private final KieBase base;

  private DroolsAwards(KieBase base) {
    this.base = base;
  }

  /** Compiles the rules (once; not part of what is timed). */
  public static DroolsAwards compile() {
    try (InputStream in = DroolsAwards.class.getResourceAsStream("awards.drl")) {
      String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new DroolsAwards(new KieHelper().addContent(drl, ResourceType.DRL).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts for Drools from an evaluation: people and units with their grades. */
  public static List<Object> facts(SyntheticCampaign s, EvaluationResult evaluation) {
    List<Object> facts = new ArrayList<>();
    int[] members = new int[s.units()];
    for (int i = 0; i < s.individuals(); i++) {
      members[s.unitOf[i]]++;
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < s.individuals(); i++) {
      index.put(s.ids[i], i);
    }
    for (ParticipantResult r : evaluation.individuals()) {
      int i = index.get(r.participantId());
      Individual person = (Individual) r.participant();
      facts.add(new Person(r.participantId(), person.unitId(), grade(r.grade().grade()),
          s.registered[i], s.hiredEarly[i], s.discipline[i].ordinal(), s.underReview[i],
          r.scorecard().hasVetoFailure(), s.initiatives[i], r.scorecard().total()));
    }
    for (ParticipantResult r : evaluation.collectives()) {
      int u = java.util.Arrays.asList(s.unitIds).indexOf(r.participantId());
      facts.add(new Unit(r.participantId(), grade(r.grade().grade()),
          r.scorecard().hasVetoFailure(), members[u]));
    }
    return facts;
  }

  private static int grade(Grade grade) {
    return switch (grade.code()) {
      case "EXCELLENT" -> 0;
      case "GOOD" -> 1;
      case "COMPLETED" -> 2;
      default -> 3;
    };
  }

  /** Runs the rules on the facts: every grant, as "participant award", sorted. */
  public Set<String> grants(List<Object> facts) {
    KieSession session = base.newKieSession();
    try {
      facts.forEach(session::insert);
      session.fireAllRules();
      Set<String> grants = new TreeSet<>();
      for (Object fact : session.getObjects(o -> o instanceof Grant)) {
        Grant g = (Grant) fact;
        grants.add(g.getParticipantId() + " " + g.getAward());
      }
      return grants;
    } finally {
      session.dispose();
    }
  }

  /** The CSTĐCS quota: {@code percent}% of the holders, floor; ties at the cut-off all out. */
  public static List<Grant> allocate(List<?> candidates, int holders, int percent) {
    List<Person> ranked = new ArrayList<>();
    candidates.forEach(c -> ranked.add(((Candidate) c).getPerson()));
    ranked.sort(Comparator.comparing(Person::getTotal).reversed()
        .thenComparing(Person::getId));
    int places = holders * percent / 100;
    int upTo = Math.min(places, ranked.size());
    if (places > 0 && places < ranked.size()
        && ranked.get(places - 1).getTotal().compareTo(ranked.get(places).getTotal()) == 0) {
      int start = places - 1;
      while (start > 0
          && ranked.get(start - 1).getTotal().compareTo(ranked.get(start).getTotal()) == 0) {
        start--;
      }
      upTo = start;
    }
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < upTo; i++) {
      Person p = ranked.get(i);
      grants.add(new Grant(p.getId(), p.getUnit(), "chien-si-thi-dua-co-so"));
    }
    return grants;
  }

  /** An individual as a fact. */
  public static final class Person {
    private final String id;
    private final String unit;
    private final int grade;
    private final boolean registered;
    private final boolean hiredEarly;
    private final int discipline;
    private final boolean underReview;
    private final boolean vetoFailed;
    private final int initiatives;
    private final BigDecimal total;

    public Person(String id, String unit, int grade, boolean registered, boolean hiredEarly,
        int discipline, boolean underReview, boolean vetoFailed, int initiatives,
        BigDecimal total) {
      this.id = id;
      this.unit = unit;
      this.grade = grade;
      this.registered = registered;
      this.hiredEarly = hiredEarly;
      this.discipline = discipline;
      this.underReview = underReview;
      this.vetoFailed = vetoFailed;
      this.initiatives = initiatives;
      this.total = total;
    }

    public String getId() {
      return id;
    }

    public String getUnit() {
      return unit;
    }

    public int getGrade() {
      return grade;
    }

    public boolean isRegistered() {
      return registered;
    }

    public boolean isHiredEarly() {
      return hiredEarly;
    }

    public int getDiscipline() {
      return discipline;
    }

    public boolean isUnderReview() {
      return underReview;
    }

    public boolean isVetoFailed() {
      return vetoFailed;
    }

    public int getInitiatives() {
      return initiatives;
    }

    public BigDecimal getTotal() {
      return total;
    }
  }

  /** A collective as a fact. */
  public static final class Unit {
    private final String id;
    private final int grade;
    private final boolean vetoFailed;
    private final int members;

    public Unit(String id, int grade, boolean vetoFailed, int members) {
      this.id = id;
      this.grade = grade;
      this.vetoFailed = vetoFailed;
      this.members = members;
    }

    public String getId() {
      return id;
    }

    public int getGrade() {
      return grade;
    }

    public boolean isVetoFailed() {
      return vetoFailed;
    }

    public int getMembers() {
      return members;
    }
  }

  /** A CSTĐCS candidate (holds LĐTT, has an initiative). */
  public static final class Candidate {
    private final Person person;

    public Candidate(Person person) {
      this.person = person;
    }

    public Person getPerson() {
      return person;
    }
  }

  /** A granted award. */
  public static final class Grant {
    private final String participantId;
    private final String unit;
    private final String award;

    public Grant(String participantId, String unit, String award) {
      this.participantId = participantId;
      this.unit = unit;
      this.award = award;
    }

    public String getParticipantId() {
      return participantId;
    }

    public String getUnit() {
      return unit;
    }

    public String getAward() {
      return award;
    }
  }

}
