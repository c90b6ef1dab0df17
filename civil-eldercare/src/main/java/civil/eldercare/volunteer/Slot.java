package civil.eldercare.volunteer;

/**
 * A weekly time slot: a day ({@code MON} … {@code SUN}) and a part of it ({@code AM}, {@code PM},
 * {@code EVE}), 21 in all, written {@code MON_AM} … {@code SUN_EVE}.
 */
public enum Slot {
  MON_AM, MON_PM, MON_EVE,
  TUE_AM, TUE_PM, TUE_EVE,
  WED_AM, WED_PM, WED_EVE,
  THU_AM, THU_PM, THU_EVE,
  FRI_AM, FRI_PM, FRI_EVE,
  SAT_AM, SAT_PM, SAT_EVE,
  SUN_AM, SUN_PM, SUN_EVE
}
