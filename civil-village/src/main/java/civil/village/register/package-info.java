/** The villages (and communities) whose committees the bureau works with, and the register's store. */
package civil.village.register;
