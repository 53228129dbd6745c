package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.StoredRecord;

/** getUserInfo(): the session user's GetUserInfoResult. */
final class GetUserInfoOperation implements SoapOperation {
  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    StoredRecord user = call.org().user(call.session().userId())
        // A session whose user was deleted is as good as no session.
        .orElseThrow(SoapFault::invalidSession);
    out.open("getUserInfoResponse");
    UserInfoWriter.write(out, "result", call.org(), user);
    out.close("getUserInfoResponse");
  }
}
