package sample;

/** The sample's tests, without a test framework: run() throws AssertionError on the first failure. */
public final class PricesTests {

    private PricesTests() {
    }

    public static int run() {
        int passed = 0;
        Prices small = new Prices();
        small.add(2500);
        small.add(1500);
        long smallTotal = small.total();
        check(smallTotal == 4000, "small basket has no discount: " + smallTotal);
        passed++;
        Prices large = new Prices();
        large.add(12000);
        long largeTotal = large.total();
        check(largeTotal == 11400, "5% off from 100.00: " + largeTotal);
        check(large.discountsApplied() == 1, "one discount applied");
        passed++;
        Prices huge = new Prices();
        huge.add(30000);
        long hugeTotal = huge.total();
        check(hugeTotal == 27000, "10% off from 200.00: " + hugeTotal);
        passed++;
        check(new Prices().total() == 0, "empty basket costs nothing");
        passed++;
        return passed;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    public static void main(String[] args) {
        System.out.println(run() + " tests passed");
    }
}
