package civil.eldercare.nursinghome;

import civil.core.period.HalfYear;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: nursing homes, their occupancy, assessments, rectifications and awards. */
public interface NursingHomeStore {
  /** Stores the home {@code create} makes from a new, unused id. */
  NursingHome addHome(Function<String, NursingHome> create);

  Optional<NursingHome> home(String homeId);

  /** Every home, by id. */
  List<NursingHome> homes();

  /** Stores a month's occupancy of a home, replacing an earlier figure for that month. */
  void putOccupancy(Occupancy occupancy);

  /** A home's occupancy records, by month. */
  List<Occupancy> occupancy(String homeId);

  /**
   * Stores the assessment and rectifications {@code create} makes, given a source of new ids
   * ({@code next("AS")}, {@code next("RT")}); all or nothing.
   */
  AssessmentRecord addAssessment(Function<Function<String, String>, AssessmentRecord> create);

  /** A home's assessments, in the order recorded. */
  List<Assessment> assessments(String homeId);

  /** Assessments dated from {@code from} to {@code to}, in the order recorded. */
  List<Assessment> assessmentsBetween(LocalDate from, LocalDate to);

  Optional<Rectification> rectification(String rectificationId);

  /**
   * Replaces a rectification by {@code change} applied to it, atomically.
   *
   * @throws civil.core.error.NotFoundException if there is no such rectification
   */
  Rectification replaceRectification(String rectificationId, UnaryOperator<Rectification> change);

  /** Every rectification, in the order opened. */
  List<Rectification> rectifications();

  Optional<Award> award(HalfYear period);

  /**
   * Stores a period's award.
   *
   * @throws civil.core.error.ConflictException {@code AWARD_EXISTS} if the period already has one
   */
  Award addAward(Award award);

  List<Award> awards();
}
