package io.emulation.core.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How participants are ranked: an ordered list of {@link RankKey}s, each breaking the ties of the
 * ones before, and a {@link RankMethod} for participants the keys cannot tell apart. Participant
 * id always ends the ordering as the stable key, so listings never depend on input order; it
 * orders tied participants but never separates their ranks (except under {@link
 * RankMethod#ORDINAL}).
 *
 * @param method how tied participants are numbered
 * @param keys the keys in order, at least one
 * @since 0.1
 */
public record RankPolicy(RankMethod method, ImmutableList<RankKey> keys) {

  /** Checks the parts. */
  public RankPolicy {
    requireNonNull(method, "method");
    requireNonNull(keys, "keys");
    checkArgument(!keys.isEmpty(), "a rank policy needs at least one key");
    checkArgument(keys.indexOf(RankKey.byParticipantId()) < 0
            || keys.indexOf(RankKey.byParticipantId()) == keys.size() - 1,
        "participant id can only be the last rank key, but keys were %s", keys);
  }

  /** The default: highest total first, standard competition ranking ("1224"). */
  public static RankPolicy standard() {
    return of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal());
  }

  /** A policy with the given method and keys in order. */
  public static RankPolicy of(RankMethod method, RankKey... keys) {
    return new RankPolicy(method, ImmutableList.copyOf(Arrays.asList(keys)));
  }

  /** A copy with another method. */
  public RankPolicy withMethod(RankMethod newMethod) {
    return new RankPolicy(newMethod, keys);
  }

  /**
   * Ranks the standings: the placements in listing order, best first.
   *
   * @param standings participants of one kind, with distinct ids
   */
  public ImmutableList<Placement> rank(Collection<Standing> standings) {
    Comparator<Standing> deciding = (a, b) -> {
      for (RankKey key : keys) {
        if (key instanceof RankKey.ByParticipantId) {
          break; // orders tied participants (below) but never separates their ranks
        }
        int order = key.compare(a, b);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    };
    List<Standing> ordered = new ArrayList<>(standings);
    ordered.sort(deciding.thenComparing(Standing::participantId));
    int total = ordered.size();
    ImmutableList.Builder<Placement> placements = ImmutableList.builderWithExpectedSize(total);
    int dense = 0;
    for (int start = 0, end; start < total; start = end + 1) {
      end = start;
      while (end + 1 < total && deciding.compare(ordered.get(end), ordered.get(end + 1)) == 0) {
        end++;
      }
      dense++;
      for (int i = start; i <= end; i++) {
        int rank = switch (method) {
          case STANDARD_COMPETITION -> start + 1;
          case DENSE -> dense;
          case ORDINAL -> i + 1;
        };
        int tiedWith = method == RankMethod.ORDINAL ? 0 : end - start;
        Standing standing = ordered.get(i);
        placements.add(new Placement(standing.participantId(), rank, i + 1, total, tiedWith,
            values(standing)));
      }
    }
    return placements.build();
  }

  /** The keys' values for a participant, joined by {@code ", "}; not rendered. */
  private Message values(Standing standing) {
    Message values = keys.get(0).value(standing);
    for (RankKey key : keys.subList(1, keys.size())) {
      values = Message.of("rank.value.next", values, key.value(standing));
    }
    return values;
  }
}
