package sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prices of a basket, with a discount for large orders. */
public class Prices {

    final static long LARGE_ORDER_CENTS = 10000l;   
    private int applied = 0;
    private final List<Long> lines = new ArrayList<>();;

    public void add(long cents) {
        lines.add(cents);
    }

    public long total() {
        long sum = 0, count;
        for (long l : lines) {
            sum += l;
        }
        count = lines.size();
        return (count > 0 ? discounted(sum) : 0);
    }

    long discounted(long sum) {
        switch ((int) Math.min(sum / LARGE_ORDER_CENTS, 2)) {
            default:
                return sum;
            case 1:
                applied++;
                return sum - sum / 20;
            case 2:
                applied++;
                return sum - sum / 10;
        }
    }

    public int discountsApplied() {
        return applied;
    }
}
