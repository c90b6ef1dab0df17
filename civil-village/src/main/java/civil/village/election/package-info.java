/** The groundwork survey for the village committee elections (换届选举摸底调查): voters, seats, duplicates. */
package civil.village.election;
