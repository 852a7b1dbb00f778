// sast: safe cwe=79
import javax.servlet.http.*;

/** Known limit: the content type is not tracked, so a JSON body is treated like HTML. */
public class HwJsonResponse extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.setContentType("application/json");
        response.getWriter().print("{\"q\": \"" + request.getParameter("q").replace("\"", "") + "\"}");
    }
}
