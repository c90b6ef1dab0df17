package civil.api.storage;

import static civil.api.storage.JdbcMedicalAid.unchecked;

import civil.api.json.Json;
import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.charity.Campaign;
import civil.relief.charity.CharityStore;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.Disbursement;
import civil.relief.charity.Donation;
import civil.relief.charity.Expense;
import civil.relief.charity.Invitation;
import civil.relief.hardship.HardshipEntitlement;
import civil.relief.hardship.HardshipPayment;
import civil.relief.hardship.HardshipRecipient;
import civil.relief.hardship.HardshipStore;
import civil.relief.hardship.SelfCareAbility;
import civil.relief.household.AreaType;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdStore;
import civil.relief.household.RegisteredHousehold;
import civil.relief.round.ReliefRound;
import civil.relief.round.ReliefRoundStore;
import civil.relief.supplies.Movement;
import civil.relief.supplies.SuppliesStore;
import civil.relief.supplies.SupplyItem;
import civil.relief.temporary.TemporaryReliefGrant;
import civil.relief.temporary.TemporaryReliefStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The relief ports in the database: households, hardship support, temporary relief, rounds, supplies, charity. */
public final class JdbcRelief {
  private final Database db;

  public JdbcRelief(Database db) {
    this.db = db;
  }

  public HouseholdStore households() {
    return new Households();
  }

  public HardshipStore hardship() {
    return new Hardship();
  }

  public TemporaryReliefStore temporaryRelief() {
    return new Temporary();
  }

  public ReliefRoundStore rounds() {
    return new Rounds();
  }

  public SuppliesStore supplies() {
    return new Supplies();
  }

  public CharityStore charity() {
    return new Charity();
  }

  // Households ---------------------------------------------------------------------------------

  private static RegisteredHousehold household(ResultSet rs) throws SQLException {
    RegisteredHousehold h = RegisteredHousehold.of(rs.getString("household_id"), AreaCode.parse(rs.getString("subdistrict")),
        Optional.ofNullable(rs.getString("community")).map(AreaCode::parse),
        Json.read(rs.getString("circumstances"), ReliefJson.Circumstances.class).value(), Sql.date(rs, "registered_on"));
    String latest = rs.getString("latest_assessment");
    return latest == null ? h : h.withAssessment(Json.read(latest, ReliefJson.Decision.class).value());
  }

  private static void writeMembers(Sql sql, RegisteredHousehold h) throws SQLException {
    sql.update("DELETE FROM household_member WHERE household_id = ?", h.householdId());
    for (HouseholdMember m : h.household().members()) {
      sql.update("INSERT INTO household_member (household_id, resident_id) VALUES (?, ?)", h.householdId(),
          m.residentId().value());
    }
  }

  private final class Households implements HouseholdStore {
    @Override
    public <T> T atomically(Function<Tx, T> work) {
      return db.transaction(sql -> work.apply(new Tx() {
        @Override
        public String nextId() {
          return unchecked(() -> String.format("HH-%06d", sql.nextId("household")));
        }

        @Override
        public Optional<RegisteredHousehold> find(String householdId) {
          return unchecked(() -> sql.one("SELECT * FROM household WHERE household_id = ? FOR UPDATE",
              JdbcRelief::household, householdId));
        }

        @Override
        public Optional<String> householdOf(ResidentId residentId) {
          return unchecked(() -> {
            // the resident's lock row, held to the end of the step: two steps adding the same person wait in line
            JdbcMedicalAid.lockResident(sql, residentId);
            return sql.one("SELECT household_id FROM household_member WHERE resident_id = ? ORDER BY household_id",
                rs -> rs.getString(1), residentId.value());
          });
        }

        @Override
        public void put(RegisteredHousehold h) {
          unchecked(() -> {
            String circumstances = Json.write(ReliefJson.Circumstances.from(h.household()));
            String assessment = h.latestAssessment().map(d -> Json.write(ReliefJson.Decision.from(d))).orElse(null);
            if (sql.update("UPDATE household SET circumstances = ?, latest_assessment = ? WHERE household_id = ?",
                circumstances, assessment, h.householdId()) == 0) {
              sql.update("INSERT INTO household (household_id, subdistrict, community, registered_on, circumstances,"
                      + " latest_assessment) VALUES (?, ?, ?, ?, ?, ?)", h.householdId(), h.subdistrict().value(),
                  h.community().map(AreaCode::value).orElse(null), h.registeredOn(), circumstances, assessment);
            }
            writeMembers(sql, h);
            return null;
          });
        }
      }));
    }

    @Override
    public Optional<RegisteredHousehold> find(String householdId) {
      return db.read(sql -> sql.one("SELECT * FROM household WHERE household_id = ?", JdbcRelief::household, householdId));
    }

    @Override
    public List<RegisteredHousehold> all() {
      return db.read(sql -> sql.list("SELECT * FROM household ORDER BY household_id", JdbcRelief::household));
    }
  }

  // Hardship support ---------------------------------------------------------------------------

  private static HardshipRecipient recipient(ResultSet rs) throws SQLException {
    HardshipRecipient r = HardshipRecipient.of(ResidentId.parse(rs.getString("resident_id")),
        AreaCode.parse(rs.getString("subdistrict")), AreaType.valueOf(rs.getString("area_type")),
        SelfCareAbility.valueOf(rs.getString("self_care")), Sql.date(rs, "supported_from"));
    LocalDate until = Sql.date(rs, "supported_until");
    return until == null ? r : r.endedOn(until);
  }

  private static HardshipPayment payment(ResultSet rs) throws SQLException {
    return HardshipPayment.of(ResidentId.parse(rs.getString("resident_id")), AreaCode.parse(rs.getString("subdistrict")),
        YearMonth.parse(rs.getString("pay_month")), Sql.date(rs, "paid_on"),
        new HardshipEntitlement(Money.ofFen(rs.getLong("basic")),
            Money.ofFen(rs.getLong("care_allowance"))));
  }

  private final class Hardship implements HardshipStore {
    @Override
    public Optional<HardshipRecipient> recipient(ResidentId residentId) {
      return db.read(sql -> sql.one("SELECT * FROM hardship_recipient WHERE resident_id = ?", JdbcRelief::recipient,
          residentId.value()));
    }

    @Override
    public List<HardshipRecipient> recipients() {
      return db.read(sql -> sql.list("SELECT * FROM hardship_recipient ORDER BY resident_id", JdbcRelief::recipient));
    }

    @Override
    public HardshipRecipient update(ResidentId residentId, Function<Optional<HardshipRecipient>, HardshipRecipient> change) {
      return db.transaction(sql -> {
        JdbcMedicalAid.lockResident(sql, residentId);
        Optional<HardshipRecipient> current = sql.one("SELECT * FROM hardship_recipient WHERE resident_id = ?",
            JdbcRelief::recipient, residentId.value());
        HardshipRecipient next = change.apply(current);
        sql.update("DELETE FROM hardship_recipient WHERE resident_id = ?", residentId.value());
        sql.update("INSERT INTO hardship_recipient (resident_id, subdistrict, area_type, self_care, supported_from,"
                + " supported_until) VALUES (?, ?, ?, ?, ?, ?)", next.residentId().value(), next.subdistrict().value(),
            next.areaType(), next.selfCareAbility(), next.supportedFrom(), next.supportedUntil().orElse(null));
        return next;
      });
    }

    @Override
    public List<HardshipPayment> recordPayments(YearMonth month, Function<Set<ResidentId>, List<HardshipPayment>> compute) {
      return db.transaction(sql -> {
        sql.lockKey("hardship_month", "pay_month", month.toString());
        Set<ResidentId> paid = new HashSet<>(sql.list("SELECT resident_id FROM hardship_payment WHERE pay_month = ?",
            rs -> ResidentId.parse(rs.getString(1)), month.toString()));
        List<HardshipPayment> made = compute.apply(paid);
        for (HardshipPayment p : made) {
          sql.update("INSERT INTO hardship_payment (resident_id, pay_month, subdistrict, paid_on, basic, care_allowance, seq)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)", p.residentId().value(), p.month().toString(), p.subdistrict().value(),
              p.paidOn(), p.basic().fen(), p.careAllowance().fen(), sql.nextId("hardship-payment"));
        }
        return made;
      });
    }

    @Override
    public List<HardshipPayment> payments(YearMonth from, YearMonth to) {
      return db.read(sql -> sql.list("SELECT * FROM hardship_payment WHERE pay_month >= ? AND pay_month <= ? ORDER BY seq",
          JdbcRelief::payment, from.toString(), to.toString()));
    }
  }

  // Temporary relief ---------------------------------------------------------------------------

  private static TemporaryReliefGrant grant(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), ReliefJson.Grant.class).value();
  }

  private final class Temporary implements TemporaryReliefStore {
    @Override
    public TemporaryReliefGrant append(String householdId,
        BiFunction<String, List<TemporaryReliefGrant>, TemporaryReliefGrant> decide) {
      return db.transaction(sql -> {
        sql.one("SELECT household_id FROM household WHERE household_id = ? FOR UPDATE", rs -> true, householdId)
            .orElseThrow(() -> new NotFoundException("household", householdId));
        List<TemporaryReliefGrant> earlier = sql.list(
            "SELECT body FROM temporary_grant WHERE household_id = ? ORDER BY seq", JdbcRelief::grant, householdId);
        long n = sql.nextId("temporary-grant");
        TemporaryReliefGrant g = decide.apply(String.format("TR-%06d", n), earlier);
        sql.update("INSERT INTO temporary_grant (grant_id, seq, household_id, granted_on, body) VALUES (?, ?, ?, ?, ?)",
            g.grantId(), n, householdId, g.grantedOn(), Json.write(ReliefJson.Grant.from(g)));
        return g;
      });
    }

    @Override
    public List<TemporaryReliefGrant> grantedBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM temporary_grant WHERE granted_on BETWEEN ? AND ? ORDER BY seq",
          JdbcRelief::grant, from, to));
    }
  }

  // Relief rounds ------------------------------------------------------------------------------

  private static ReliefRound round(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), ReliefJson.Round.class).value();
  }

  private final class Rounds implements ReliefRoundStore {
    @Override
    public ReliefRound add(Function<String, ReliefRound> create) {
      return db.transaction(sql -> {
        ReliefRound r = create.apply(String.format("RR-%04d", sql.nextId("relief-round")));
        sql.update("INSERT INTO relief_round (round_id, body) VALUES (?, ?)", r.roundId(), Json.write(ReliefJson.Round.from(r)));
        return r;
      });
    }

    @Override
    public Optional<ReliefRound> find(String roundId) {
      return db.read(sql -> sql.one("SELECT body FROM relief_round WHERE round_id = ?", JdbcRelief::round, roundId));
    }

    @Override
    public ReliefRound replace(String roundId, UnaryOperator<ReliefRound> change) {
      return db.transaction(sql -> {
        ReliefRound current = sql.one("SELECT body FROM relief_round WHERE round_id = ? FOR UPDATE", JdbcRelief::round,
            roundId).orElseThrow(() -> new NotFoundException("relief round", roundId));
        ReliefRound next = change.apply(current);
        sql.update("UPDATE relief_round SET body = ? WHERE round_id = ?", Json.write(ReliefJson.Round.from(next)), roundId);
        return next;
      });
    }

    @Override
    public List<ReliefRound> all() {
      return db.read(sql -> sql.list("SELECT body FROM relief_round ORDER BY round_id", JdbcRelief::round));
    }
  }

  // Supplies ----------------------------------------------------------------------------------

  private static SupplyItem item(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), ReliefJson.Item.class).value();
  }

  private static Movement movement(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), ReliefJson.Move.class).value();
  }

  private final class Supplies implements SuppliesStore {
    @Override
    public SupplyItem addItem(Function<String, SupplyItem> create) {
      return db.transaction(sql -> {
        SupplyItem i = create.apply(String.format("IT-%04d", sql.nextId("supply-item")));
        sql.update("INSERT INTO supply_item (item_id, body) VALUES (?, ?)", i.itemId(), Json.write(ReliefJson.Item.from(i)));
        return i;
      });
    }

    @Override
    public Optional<SupplyItem> item(String itemId) {
      return db.read(sql -> sql.one("SELECT body FROM supply_item WHERE item_id = ?", JdbcRelief::item, itemId));
    }

    @Override
    public List<SupplyItem> items() {
      return db.read(sql -> sql.list("SELECT body FROM supply_item ORDER BY item_id", JdbcRelief::item));
    }

    @Override
    public SupplyItem replaceItem(String itemId, UnaryOperator<SupplyItem> change) {
      return db.transaction(sql -> {
        SupplyItem current = sql.one("SELECT body FROM supply_item WHERE item_id = ? FOR UPDATE", JdbcRelief::item, itemId)
            .orElseThrow(() -> new NotFoundException("supply item", itemId));
        SupplyItem next = change.apply(current);
        sql.update("UPDATE supply_item SET body = ? WHERE item_id = ?", Json.write(ReliefJson.Item.from(next)), itemId);
        return next;
      });
    }

    @Override
    public List<Movement> movements(String itemId) {
      return db.read(sql -> sql.list("SELECT body FROM supply_movement WHERE item_id = ? ORDER BY seq", JdbcRelief::movement,
          itemId));
    }

    @Override
    public List<Movement> movementsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM supply_movement WHERE moved_on BETWEEN ? AND ? ORDER BY seq",
          JdbcRelief::movement, from, to));
    }

    @Override
    public List<Movement> record(Collection<String> itemIds, Function<Ledger, List<Movement>> decide) {
      return db.transaction(sql -> {
        Set<String> locked = new TreeSet<>(itemIds); // in id order, so two recorders never deadlock
        for (String id : locked) {
          sql.one("SELECT item_id FROM supply_item WHERE item_id = ? FOR UPDATE", rs -> true, id)
              .orElseThrow(() -> new NotFoundException("supply item", id));
        }
        List<Long> sequence = new ArrayList<>();
        List<Movement> made = decide.apply(new Ledger() {
          @Override
          public List<Movement> movements(String itemId) {
            if (!locked.contains(itemId)) {
              throw new IllegalArgumentException("item " + itemId + " was not named to record");
            }
            return unchecked(() -> sql.list("SELECT body FROM supply_movement WHERE item_id = ? ORDER BY seq",
                JdbcRelief::movement, itemId));
          }

          @Override
          public String nextMovementId() {
            long n = unchecked(() -> sql.nextId("supply-movement"));
            sequence.add(n);
            return String.format("MV-%06d", n);
          }

          @Override
          public String nextRationListId() {
            return String.format("GR-%04d", unchecked(() -> sql.nextId("grain-ration")));
          }
        });
        for (Movement m : made) {
          sql.update("INSERT INTO supply_movement (movement_id, seq, item_id, moved_on, body) VALUES (?, ?, ?, ?, ?)",
              m.movementId(), Long.parseLong(m.movementId().substring(3)), m.itemId(), m.date(),
              Json.write(ReliefJson.Move.from(m)));
        }
        return made;
      });
    }
  }

  // Charity -----------------------------------------------------------------------------------

  private final class Charity implements CharityStore {
    @Override
    public <T> T atomically(Function<Transaction, T> work) {
      return db.transaction(sql -> {
        sql.one("SELECT id FROM charity_lock WHERE id = 1 FOR UPDATE", rs -> true);
        return work.apply(new CharityTx(sql));
      });
    }

    @Override
    public List<CharityUnit> units() {
      return db.read(sql -> sql.list("SELECT body FROM charity_unit ORDER BY credit_code",
          rs -> Json.read(rs.getString(1), ReliefJson.Unit.class).value()));
    }

    @Override
    public List<Invitation> invitations() {
      return db.read(sql -> sql.list("SELECT body FROM invitation ORDER BY invitation_id",
          rs -> Json.read(rs.getString(1), ReliefJson.Invite.class).value()));
    }

    @Override
    public List<Campaign> campaigns() {
      return db.read(sql -> sql.list("SELECT body FROM campaign ORDER BY campaign_id",
          rs -> Json.read(rs.getString(1), ReliefJson.Drive.class).value()));
    }

    @Override
    public List<Donation> donationsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM donation WHERE donated_on BETWEEN ? AND ? ORDER BY seq",
          rs -> Json.read(rs.getString(1), ReliefJson.Gift.class).value(), from, to));
    }

    @Override
    public List<Disbursement> disbursementsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM disbursement WHERE disbursed_on BETWEEN ? AND ? ORDER BY seq",
          rs -> Json.read(rs.getString(1), ReliefJson.Payout.class).value(), from, to));
    }

    @Override
    public List<Expense> expensesBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM expense WHERE spent_on BETWEEN ? AND ? ORDER BY seq",
          rs -> Json.read(rs.getString(1), ReliefJson.Spend.class).value(), from, to));
    }
  }

  /** The charity association's transaction, under its lock row. */
  private static final class CharityTx implements CharityStore.Transaction {
    private final Sql sql;

    CharityTx(Sql sql) {
      this.sql = sql;
    }

    private static void upsert(Sql sql, String table, String key, String id, String body) throws SQLException {
      if (sql.update("UPDATE " + table + " SET body = ? WHERE " + key + " = ?", body, id) == 0) {
        sql.update("INSERT INTO " + table + " (" + key + ", body) VALUES (?, ?)", id, body);
      }
    }

    @Override
    public Optional<CharityUnit> unit(CreditCode creditCode) {
      return unchecked(() -> sql.one("SELECT body FROM charity_unit WHERE credit_code = ?",
          rs -> Json.read(rs.getString(1), ReliefJson.Unit.class).value(), creditCode.value()));
    }

    @Override
    public void putUnit(CharityUnit unit) {
      unchecked(() -> {
        upsert(sql, "charity_unit", "credit_code", unit.creditCode().value(), Json.write(ReliefJson.Unit.from(unit)));
        return null;
      });
    }

    @Override
    public Optional<Invitation> invitation(String invitationId) {
      return unchecked(() -> sql.one("SELECT body FROM invitation WHERE invitation_id = ?",
          rs -> Json.read(rs.getString(1), ReliefJson.Invite.class).value(), invitationId));
    }

    @Override
    public void putInvitation(Invitation invitation) {
      unchecked(() -> {
        upsert(sql, "invitation", "invitation_id", invitation.invitationId(), Json.write(ReliefJson.Invite.from(invitation)));
        return null;
      });
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
      return unchecked(() -> sql.one("SELECT body FROM campaign WHERE campaign_id = ?",
          rs -> Json.read(rs.getString(1), ReliefJson.Drive.class).value(), campaignId));
    }

    @Override
    public void putCampaign(Campaign campaign) {
      unchecked(() -> {
        upsert(sql, "campaign", "campaign_id", campaign.campaignId(), Json.write(ReliefJson.Drive.from(campaign)));
        return null;
      });
    }

    @Override
    public List<Donation> donations(String campaignId) {
      return unchecked(() -> sql.list("SELECT body FROM donation WHERE campaign_id = ? ORDER BY seq",
          rs -> Json.read(rs.getString(1), ReliefJson.Gift.class).value(), campaignId));
    }

    @Override
    public void addDonation(Donation d) {
      unchecked(() -> sql.update("INSERT INTO donation (receipt_number, seq, campaign_id, donated_on, body) VALUES (?, ?, ?, ?, ?)",
          d.receiptNumber(), sql.nextId("donation-seq"), d.campaignId(), d.date(), Json.write(ReliefJson.Gift.from(d))));
    }

    @Override
    public List<Disbursement> disbursements(String campaignId) {
      return unchecked(() -> sql.list("SELECT body FROM disbursement WHERE campaign_id = ? ORDER BY seq",
          rs -> Json.read(rs.getString(1), ReliefJson.Payout.class).value(), campaignId));
    }

    @Override
    public void addDisbursement(Disbursement d) {
      unchecked(() -> sql.update("INSERT INTO disbursement (disbursement_id, seq, campaign_id, disbursed_on, body)"
              + " VALUES (?, ?, ?, ?, ?)", d.disbursementId(), Long.parseLong(d.disbursementId().substring(3)),
          d.campaignId(), d.date(), Json.write(ReliefJson.Payout.from(d))));
    }

    @Override
    public void addExpense(Expense e) {
      unchecked(() -> sql.update("INSERT INTO expense (expense_id, seq, spent_on, body) VALUES (?, ?, ?, ?)",
          e.expenseId(), Long.parseLong(e.expenseId().substring(3)), e.date(), Json.write(ReliefJson.Spend.from(e))));
    }

    @Override
    public long nextReceiptSequence(int year) {
      return unchecked(() -> sql.next("receipt-" + year));
    }

    @Override
    public String nextId(String prefix) {
      return String.format("%s-%06d", prefix, unchecked(() -> sql.nextId("charity-" + prefix)));
    }
  }
}
