package dev.aicoder.analysis.architecture;

/**
 * A small Java code base with known design problems: a package cycle order <-> payment, a DIP violation, an SRP
 * violation, a fat interface with a partial implementation, an instanceof chain, and a misplaced class.
 */
final class ShopFixture {

    private ShopFixture() {
    }

    static JavaProject project() {
        return new JavaProject()
                .add("src/main/java/com/shop/order/Order.java", """
                        package com.shop.order;

                        import java.util.List;
                        import com.shop.payment.Money;

                        public class Order {
                            private final List<String> lines;
                            private Money total;

                            public Order(List<String> lines) { this.lines = lines; }
                            public Money total() { return total; }
                            public List<String> lines() { return lines; }
                        }
                        """)
                .add("src/main/java/com/shop/order/OrderService.java", """
                        package com.shop.order;

                        import com.shop.payment.*;

                        public class OrderService {
                            private final StripeGateway gateway = new StripeGateway();
                            private final OrderRepository repository;

                            public OrderService(OrderRepository repository) { this.repository = repository; }

                            public void checkout(Order order) {
                                gateway.charge(order);
                                repository.save(order);
                            }
                        }
                        """)
                .add("src/main/java/com/shop/order/OrderRepository.java", """
                        package com.shop.order;

                        public interface OrderRepository {
                            void save(Order order);
                        }
                        """)
                .add("src/main/java/com/shop/payment/PaymentGateway.java", """
                        package com.shop.payment;

                        public interface PaymentGateway {
                            void charge(com.shop.order.Order order);
                        }
                        """)
                .add("src/main/java/com/shop/payment/StripeGateway.java", """
                        package com.shop.payment;

                        import com.shop.order.Order;

                        public class StripeGateway implements PaymentGateway {
                            @Override
                            public void charge(Order order) {
                                Money m = order.total();
                                System.out.println(m);
                            }
                        }
                        """)
                .add("src/main/java/com/shop/payment/Money.java", """
                        package com.shop.payment;

                        public record Money(long cents) {
                        }
                        """)
                .add("src/main/java/com/shop/report/ReportBuilder.java", """
                        package com.shop.report;

                        import java.util.ArrayList;
                        import java.util.List;

                        public class ReportBuilder {
                            private final StringBuilder html = new StringBuilder();
                            private int depth;
                            private final List<String> recipients = new ArrayList<>();
                            private String smtpHost;

                            public void open(String tag) { html.append('<').append(tag).append('>'); depth++; }
                            public void close(String tag) { html.append("</").append(tag).append('>'); depth--; }
                            public String render() { return depth == 0 ? html.toString() : ""; }
                            public void addRecipient(String r) { recipients.add(r); }
                            public void setSmtpHost(String host) { smtpHost = host; }
                            public String mailTo() { return String.join(",", recipients) + "@" + smtpHost; }
                            public int recipientCount() { return recipients.size(); }
                        }
                        """)
                .add("src/main/java/com/shop/report/ShapeRenderer.java", """
                        package com.shop.report;

                        public class ShapeRenderer {
                            public String draw(Object shape) {
                                if (shape instanceof Circle c) {
                                    return "circle";
                                } else if (shape instanceof Square) {
                                    return "square";
                                } else if (shape instanceof Triangle t && t.sides() == 3) {
                                    return "triangle";
                                }
                                return "?";
                            }
                            record Circle() {}
                            record Square() {}
                            record Triangle(int sides) {}
                        }
                        """)
                .add("src/main/java/com/shop/store/Store.java", """
                        package com.shop.store;

                        public interface Store {
                            String get(String key);
                            void put(String key, String value);
                            void delete(String key);
                            boolean contains(String key);
                            int size();
                            default boolean isEmpty() { return size() == 0; }
                        }
                        """)
                .add("src/main/java/com/shop/store/ReadOnlyStore.java", """
                        package com.shop.store;

                        import java.util.Map;

                        public class ReadOnlyStore implements Store {
                            private final Map<String, String> data = Map.of();
                            public String get(String key) { return data.get(key); }
                            public void put(String key, String value) { throw new UnsupportedOperationException(); }
                            public void delete(String key) { throw new UnsupportedOperationException("read-only"); }
                            public boolean contains(String key) { return data.containsKey(key); }
                            public int size() { return data.size(); }
                        }
                        """)
                .add("src/main/java/com/shop/store/OrderExporter.java", """
                        package com.shop.store;

                        import com.shop.order.Order;
                        import com.shop.order.OrderRepository;

                        public class OrderExporter implements OrderRepository {
                            public void save(Order order) { export(order, order); }
                            private void export(Order a, Order b) { a.lines().addAll(b.lines()); }
                        }
                        """)
                .add("src/test/java/com/shop/order/OrderServiceTest.java", """
                        package com.shop.order;

                        import com.shop.report.ReportBuilder;

                        class OrderServiceTest {
                            ReportBuilder unrelated;
                        }
                        """);
    }
}
