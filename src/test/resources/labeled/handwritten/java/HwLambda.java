// sast: vulnerable cwe=78
import java.util.Optional;
import javax.servlet.http.*;

/** Known limit: flows into lambda bodies are not followed. */
public class HwLambda extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        Optional.ofNullable(request.getParameter("host")).ifPresent(h -> {
            try {
                Runtime.getRuntime().exec("ping -c 1 " + h);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
