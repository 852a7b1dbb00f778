// sast: vulnerable cwe=79
import java.io.PrintWriter;
import javax.servlet.http.*;

public class HwBuilderHelper extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        StringBuilder page = new StringBuilder("<ul>");
        for (String tag : request.getParameterValues("tag")) {
            item(page, tag);
        }
        PrintWriter out = response.getWriter();
        out.print(render(page));
    }

    private static void item(StringBuilder page, String text) {
        page.append("<li>").append(text).append("</li>");
    }

    private static String render(StringBuilder page) {
        return page.append("</ul>").toString();
    }
}
