package civil.relief.supplies;

/** An item below its reserve target on the day checked, and by how much. */
public record Shortfall(SupplyItem item, Quantity target, Quantity stock, Quantity shortfall) {}
