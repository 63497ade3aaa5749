package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.org.ParticipantKind;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A title or commendation that can be granted: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập
 * thể lao động xuất sắc, Giấy khen, ...
 *
 * @param id stable id used by rules and history, e.g. {@code lao-dong-tien-tien}
 * @param name display name
 * @param kind title, commendation, ad-hoc or themed
 * @param recipient whether individuals or collectives receive it
 * @param level the granting authority's level
 * @param cashMultiple the cash reward as a multiple of the base salary, if any (Decree 98/2023)
 * @since 0.1
 */
public record Award(String id, String name, AwardKind kind, ParticipantKind recipient,
    AwardLevel level, Optional<BigDecimal> cashMultiple) {

  /** Checks the parts. */
  public Award {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank() && id.strip().equals(id),
        "award id '%s' must be non-blank without surrounding spaces", id);
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(recipient, "recipient");
    requireNonNull(level, "level");
    requireNonNull(cashMultiple, "cashMultiple");
    cashMultiple.ifPresent(cash -> checkArgument(cash.signum() >= 0,
        "cash multiple of award '%s' must be >= 0 but was %s", id, cash));
  }

  /** An award without cash. */
  public static Award of(String id, String name, AwardKind kind, ParticipantKind recipient,
      AwardLevel level) {
    return new Award(id, name, kind, recipient, level, Optional.empty());
  }

  /** A copy with a cash multiple of the base salary. */
  public Award withCashMultiple(BigDecimal multiple) {
    return new Award(id, name, kind, recipient, level, Optional.of(multiple));
  }

  @Override
  public String toString() {
    return id;
  }
}
