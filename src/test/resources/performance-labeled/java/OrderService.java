package shop.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.EntityManager;

public class OrderService {

    private static final Pattern SKU = Pattern.compile("^[A-Z]{3}-\\d{4}$");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Long, Customer> CUSTOMER_CACHE = new ConcurrentHashMap<>(); // expect: java.perf.unbounded-static-cache
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();
    private final Map<Long, Order> pending = new HashMap<>();

    private final EntityManager em;
    private final CustomerClient customers;

    public OrderService(EntityManager em, CustomerClient customers) {
        this.em = em;
        this.customers = customers;
    }

    public List<Order> ordersOf(List<Long> customerIds) {
        List<Order> out = new ArrayList<>();
        for (Long id : customerIds) {
            out.addAll(em.createQuery("select o from Order o where o.customer.id = :id", Order.class) // expect: java.perf.query-in-loop
                    .setParameter("id", id).getResultList());
        }
        return out;
    }

    public List<Order> ordersOfBatched(List<Long> customerIds) {
        return em.createQuery("select o from Order o where o.customer.id in :ids", Order.class)
                .setParameter("ids", customerIds).getResultList();
    }

    public long validSkus(List<String> skus) {
        long n = 0;
        for (String s : skus) {
            if (s.matches("^[A-Z]{3}-\\d{4}$")) { // expect: java.perf.regex-compile-in-loop
                n++;
            }
        }
        return n;
    }

    public long validSkusFast(List<String> skus) {
        long n = 0;
        for (String s : skus) {
            Matcher m = SKU.matcher(s);
            if (m.matches()) {
                n++;
            }
        }
        return n;
    }

    public String csv(List<Order> orders) {
        String line = "";
        for (Order o : orders) {
            line += o.id() + ";"; // expect: java.perf.string-concat-in-loop
        }
        return line;
    }

    public String csvFast(List<Order> orders) {
        StringBuilder line = new StringBuilder();
        for (Order o : orders) {
            line.append(o.id()).append(';');
        }
        return line.toString();
    }

    public long total(List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
            total += o.amount();
        }
        return total;
    }

    public List<String> countries(List<Order> orders) {
        List<String> result = new ArrayList<>();
        for (Order o : orders) {
            if (!result.contains(o.country())) { // expect: java.perf.list-contains-then-add
                result.add(o.country());
            }
        }
        return result;
    }

    public Set<String> countriesFast(List<Order> orders) {
        Set<String> result = new LinkedHashSet<>();
        for (Order o : orders) {
            result.add(o.country());
        }
        return result;
    }

    public Uni<Customer> customer(long id) {
        Customer c = customers.fetch(id).await().indefinitely(); // expect: java.perf.blocking-in-reactive
        return Uni.createFrom().item(c);
    }

    public Customer customerBlocking(long id) {
        return customers.fetch(id).await().indefinitely();
    }

    public String toJson(Order o) throws Exception {
        return new ObjectMapper().writeValueAsString(o); // expect: java.perf.object-mapper-per-call
    }

    public String toJsonFast(Order o) throws Exception {
        return MAPPER.writeValueAsString(o);
    }

    public int port(String[] args) {
        return Integer.valueOf(args[0]).intValue(); // expect: java.perf.boxing-round-trip
    }

    public Integer zero() {
        return new Integer(0); // expect: java.perf.boxing-constructor
    }

    public int portFast(String[] args) {
        return Integer.parseInt(args[0]);
    }
}
