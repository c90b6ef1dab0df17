package civil.core.identity;

/** Sex as the resident ID records it: the 17th digit is odd for male (男), even for female (女). */
public enum Sex {
  MALE,
  FEMALE
}
