<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Admission</name>
    <message>
        <source>The date of birth is needed to check the admission age ({min_years} to {max_years} years, counted in months).</source>
        <translation>Cần có ngày sinh để kiểm tra tuổi kết nạp (từ {min_years} đến {max_years} tuổi, tính theo tháng).</translation>
    </message>
    <message>
        <source>On {on} the person is {years} years {months} months old; admission needs at least {min_years} years.</source>
        <translation>Ngày {on} người này {years} tuổi {months} tháng; kết nạp cần đủ {min_years} tuổi.</translation>
    </message>
    <message>
        <source>On {on} the person is {years} years {months} months old; admission is possible up to {max_years} years (older needs a decision of the higher committee).</source>
        <translation>Ngày {on} người này {years} tuổi {months} tháng; chỉ kết nạp đến {max_years} tuổi (cao hơn phải có quyết định của cấp ủy cấp trên).</translation>
    </message>
</context>
<context>
    <name>Arrival</name>
    <message>
        <source>A member arrives with a transfer letter</source>
        <translation>Đảng viên đến với giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Temporary transfer (stays on the home register)</source>
        <translation>Chuyển sinh hoạt tạm thời (vẫn thuộc danh sách nơi chuyển đi)</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>&amp;Số giấy giới thiệu:</translation>
    </message>
    <message>
        <source>Letter &amp;from:</source>
        <translation>&amp;Nơi cấp giấy:</translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation>Ngày &amp;cấp giấy:</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>Ngày đế&amp;n:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>Admission &amp;decision:</source>
        <translation>Ngày quyết định &amp;kết nạp:</translation>
    </message>
    <message>
        <source>Admission &amp;ceremony:</source>
        <translation>Ngày lễ kết nạ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Official since:</source>
        <translation>Ngày chính &amp;thức:</translation>
    </message>
    <message>
        <source>Card num&amp;ber:</source>
        <translation>Số &amp;thẻ đảng viên:</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Every attendee needs a name.</source>
        <translation>Mỗi người dự họp phải có họ tên.</translation>
    </message>
    <message>
        <source>{name} is absent with a reason: write the reason down.</source>
        <translation>{name} vắng mặt có lý do: hãy ghi rõ lý do.</translation>
    </message>
    <message>
        <source>A reason is recorded only for a member absent with a reason ({name}).</source>
        <translation>Chỉ ghi lý do cho đảng viên vắng mặt có lý do ({name}).</translation>
    </message>
    <message>
        <source>{name} was excused for the whole meeting, so must be recorded absent with a reason.</source>
        <translation>{name} được miễn dự cả buổi họp nên phải ghi là vắng mặt có lý do.</translation>
    </message>
    <message>
        <source>{name} is expected at the meeting: record them present or absent.</source>
        <translation>Đồng chí {name} thuộc diện phải dự họp: hãy ghi có mặt hoặc vắng mặt.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup {id}; `partydesk backup list` shows them. Nothing was changed.</source>
        <translation>Không có bản sao lưu {id}; lệnh `partydesk backup list` liệt kê các bản sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {id} is damaged (its integrity check failed); the register was not changed.</source>
        <translation>Bản sao lưu {id} bị hỏng (không qua được kiểm tra toàn vẹn); sổ đảng viên không bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no backup to copy yet; make one first (“Back up now”).</source>
        <translation>Chưa có bản sao lưu nào để chép; hãy sao lưu trước (“Sao lưu ngay”).</translation>
    </message>
    <message>
        <source>The USB stick {folder} is full: the backup ({size} MB) does not fit. Nothing was left on the stick; free some space or use another stick.</source>
        <translation>USB {folder} đã đầy: bản sao lưu ({size} MB) không vừa. Không có gì được để lại trên USB; hãy giải phóng chỗ trống hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>The USB stick {folder} cannot be written (was it pulled out, or is it read-only?). Nothing was copied; put the stick back and try again.</source>
        <translation>Không ghi được vào USB {folder} (USB đã bị rút ra, hay chỉ cho đọc?). Chưa chép gì; hãy cắm lại USB và thử lại.</translation>
    </message>
    <message>
        <source>The copy on {folder} did not read back whole (the stick may be failing); it was removed. Try another stick.</source>
        <translation>Bản chép trên {folder} đọc lại không nguyên vẹn (USB có thể bị hỏng); bản chép đã được xóa. Hãy thử USB khác.</translation>
    </message>
    <message>
        <source>Daily, at the first start</source>
        <translation>Hằng ngày, khi mở lần đầu</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo bằng tay</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>When the register was encrypted</source>
        <translation>Khi mã hóa sổ</translation>
    </message>
    <message>
        <source>Before an update of PartyDesk</source>
        <translation>Trước khi cập nhật PartyDesk</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>PartyDesk backs up the register by itself at the first start of each day and before every import, restore and update, and keeps the last 7 days, 4 weeks and 12 months. Keep a copy on a USB stick away from the laptop.</source>
        <translation>PartyDesk tự sao lưu sổ khi mở lần đầu mỗi ngày và trước mỗi lần nhập dữ liệu, khôi phục và cập nhật; giữ bản của 7 ngày, 4 tuần và 12 tháng gần nhất. Hãy giữ một bản trên USB, để xa máy tính.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Khôi phục bản này…</translation>
    </message>
    <message>
        <source>&amp;Copy the latest backup to a USB stick…</source>
        <translation>&amp;Chép bản mới nhất sang USB…</translation>
    </message>
    <message>
        <source>Backup made: {when}.</source>
        <translation>Đã sao lưu: {when}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Put the register back as it was on {when}? Everything recorded after that is replaced; the register as it is now is backed up first, so this can be undone.</source>
        <translation>Đưa sổ về như lúc {when}? Mọi thứ ghi sau thời điểm đó sẽ bị thay thế; sổ hiện tại được sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>The register is back as it was on {when}. What it replaced is kept as the backup of {safety}.</source>
        <translation>Sổ đã trở về như lúc {when}. Sổ trước khi khôi phục được giữ trong bản sao lưu lúc {safety}.</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Chọn USB</translation>
    </message>
    <message>
        <source>The latest backup was copied to {file}; it was read back and is whole.</source>
        <translation>Đã chép bản sao lưu mới nhất sang {file}; bản chép đã được đọc lại và nguyên vẹn.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>BUNDLE COVER SHEET</source>
        <translation>PHIẾU KÈM GÓI DỮ LIỆU</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Bundle number</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Dấu vân tay khóa ký</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>At the first bundle from this cell, the committee compares this fingerprint with the one PartyDesk shows before importing.</source>
        <translation>Với gói đầu tiên của chi bộ này, cấp ủy đối chiếu dấu vân tay trên với dấu vân tay PartyDesk hiển thị trước khi nhập.</translation>
    </message>
    <message>
        <source>The bundle file is damaged or is not a PartyDesk bundle; nothing was changed.</source>
        <translation>Tệp gói bị hỏng hoặc không phải gói dữ liệu PartyDesk; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle file contains unsafe file names; it was refused and nothing was changed.</source>
        <translation>Tệp gói chứa tên tệp không an toàn nên bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle file is too large or expands too much to be a PartyDesk bundle; nothing was changed.</source>
        <translation>Tệp gói quá lớn hoặc giải nén ra quá lớn, không thể là gói PartyDesk; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of PartyDesk; install the newer version to import it. Nothing was changed.</source>
        <translation>Gói được lập bằng phiên bản PartyDesk mới hơn; hãy cài phiên bản mới hơn để nhập. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle is addressed to {recipient}, not to this committee ({code}); nothing was changed.</source>
        <translation>Gói này gửi cho {recipient}, không phải cho cấp ủy này ({code}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle comes from {sender}, which is not a cell enrolled here; nothing was changed.</source>
        <translation>Gói đến từ {sender}, không phải chi bộ đã đăng ký ở đây; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle from {sender} is not signed by the key on record for that cell; nothing was changed.</source>
        <translation>Gói từ {sender} không được ký bằng khóa đã lưu của chi bộ đó; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The first bundle from {sender} does not prove its enrolment secret, so its key was not trusted; nothing was changed.</source>
        <translation>Gói đầu tiên từ {sender} không chứng minh được mã bí mật đăng ký nên khóa của chi bộ không được tin cậy; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} is older than number {last} already imported; nothing was changed.</source>
        <translation>Gói số {sequence} từ {sender} cũ hơn gói số {last} đã nhập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A different bundle number {sequence} from {sender} was already imported; this one was refused and nothing was changed.</source>
        <translation>Đã nhập một gói số {sequence} khác từ {sender}; gói này bị từ chối và không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Only a committee&apos;s register can do this; this one belongs to a cell.</source>
        <translation>Chỉ sổ của cấp ủy mới làm được việc này; sổ này là của một chi bộ.</translation>
    </message>
    <message>
        <source>Only a cell exports bundles to its committee; this register belongs to a committee.</source>
        <translation>Chỉ chi bộ mới xuất gói gửi cấp ủy; sổ này là của một cấp ủy.</translation>
    </message>
    <message>
        <source>This cell was not set up from an enrolment file, so it has no committee to send bundles to.</source>
        <translation>Chi bộ này không được thiết lập từ tệp đăng ký nên chưa có cấp ủy để gửi gói.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or cannot be written; nothing was written.</source>
        <translation>Thư mục {folder} không tồn tại hoặc không ghi được; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The file {file} already exists; nothing was written.</source>
        <translation>Tệp {file} đã có; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Không đọc được tệp {file}.</translation>
    </message>
    <message>
        <source>The enrolment file {file} is damaged or is not a PartyDesk enrolment file.</source>
        <translation>Tệp đăng ký {file} bị hỏng hoặc không phải tệp đăng ký PartyDesk.</translation>
    </message>
    <message>
        <source>Cell {code} is already enrolled and its key is trusted; it cannot be enrolled again. Nothing was changed.</source>
        <translation>Chi bộ {code} đã đăng ký và khóa của chi bộ đã được tin cậy; không thể đăng ký lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A cell cannot have the committee&apos;s own code {code}.</source>
        <translation>Chi bộ không được dùng trùng mã {code} của cấp ủy.</translation>
    </message>
    <message>
        <source>The enrolment file is for cell {file_code}, but this register belongs to cell {code}; nothing was changed.</source>
        <translation>Tệp đăng ký này dành cho chi bộ {file_code}, nhưng sổ này là của chi bộ {code}; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This cell already sends its bundles to a committee; nothing was changed.</source>
        <translation>Chi bộ này đã có cấp ủy nhận gói; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported or written.</source>
        <translation>Đã hủy; không có gì được nhập hay ghi ra.</translation>
    </message>
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was written.</source>
        <translation>Không có chi bộ nào mã {code} đã đăng ký ở đây; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>Cell {code} has not sent its first bundle yet, so its key is not known and nothing can be sent to it; nothing was written.</source>
        <translation>Chi bộ {code} chưa gửi gói đầu tiên nên chưa biết khóa của chi bộ, chưa thể gửi gì xuống; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The bundle is addressed to {recipient}, not to this cell ({code}); nothing was changed.</source>
        <translation>Gói này gửi cho {recipient}, không phải cho chi bộ này ({code}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle comes from {sender}, not from this cell&apos;s committee; nothing was changed.</source>
        <translation>Gói này do {sender} gửi, không phải đảng ủy cấp trên của chi bộ; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This is the first bundle from {sender}; its key fingerprint is {fingerprint}. Ask the cell&apos;s secretary to read out the fingerprint of their installation (partydesk fingerprint) and import again with --confirm-fingerprint only if they are the same. Nothing was changed.</source>
        <translation>Đây là gói đầu tiên từ {sender}; dấu vân tay khóa của gói là {fingerprint}. Hãy đề nghị bí thư chi bộ đọc dấu vân tay trên máy của chi bộ (partydesk fingerprint) và chỉ nhập lại với --confirm-fingerprint khi hai dấu vân tay giống nhau. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The fingerprint you confirmed ({confirmed}) is not the fingerprint of the key that signed the bundle from {sender}; the bundle was refused and nothing was changed.</source>
        <translation>Dấu vân tay bạn xác nhận ({confirmed}) không phải dấu vân tay của khóa đã ký gói từ {sender}; gói bị từ chối và không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle from {sender} was refused: table {table}, row {row}, column {column}: {problem}. Nothing was changed.</source>
        <translation>Gói từ {sender} bị từ chối: bảng {table}, dòng {row}, cột {column}: {problem}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle from {sender} was refused: table {table} has more rows than a cell can have. Nothing was changed.</source>
        <translation>Gói từ {sender} bị từ chối: bảng {table} có nhiều dòng hơn mức một chi bộ có thể có. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle from {sender} would remove {dropped} of the cell&apos;s {current} current members. Check with the cell; to import it anyway, confirm the removals (--confirm-removals). Nothing was changed.</source>
        <translation>Gói từ {sender} sẽ đưa {dropped} trong số {current} đảng viên hiện có của chi bộ ra khỏi danh sách. Hãy hỏi lại chi bộ; nếu vẫn nhập, hãy xác nhận việc này (--confirm-removals). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>a value of the wrong kind</source>
        <translation>giá trị sai kiểu</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>thiếu giá trị bắt buộc</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>số nằm ngoài giới hạn</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>không phải ngày hợp lệ</translation>
    </message>
    <message>
        <source>not a valid time of day</source>
        <translation>không phải giờ hợp lệ</translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation>không thuộc các giá trị được phép</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation>văn bản quá dài</translation>
    </message>
    <message>
        <source>text with control characters</source>
        <translation>văn bản chứa ký tự điều khiển</translation>
    </message>
    <message>
        <source>text not in Unicode normal form (NFC)</source>
        <translation>văn bản không ở dạng chuẩn Unicode (NFC)</translation>
    </message>
    <message>
        <source>refers to a row that is not in the bundle</source>
        <translation>trỏ tới một dòng không có trong gói</translation>
    </message>
    <message>
        <source>the same value twice</source>
        <translation>một giá trị bị lặp lại</translation>
    </message>
    <message>
        <source>damaged details</source>
        <translation>phần chi tiết bị hỏng</translation>
    </message>
    <message>
        <source>The bundle from {sender} is signed by a key that is no longer trusted (it was changed or revoked); nothing was changed.</source>
        <translation>Gói từ {sender} được ký bằng một khóa không còn được tin cậy (đã được thay hoặc đã bị thu hồi); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no cell {code} to renew; enrol it with its name instead.</source>
        <translation>Không có chi bộ {code} để cấp lại; hãy đăng ký chi bộ đó kèm tên.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} can be imported only after the cell&apos;s first bundle, which proves its enrolment: import that one first, or both together. Nothing was changed.</source>
        <translation>Gói số {sequence} từ {sender} chỉ nhập được sau gói đầu tiên của chi bộ (gói chứng minh việc đăng ký): hãy nhập gói đó trước, hoặc nhập cả hai cùng lúc. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} could not be written: {reason} The number is used up; the next export will be number {next} (the committee accepts the gap).</source>
        <translation>Không ghi được gói số {sequence}: {reason} Số này đã bị dùng; lần xuất sau sẽ là gói số {next} (cấp ủy chấp nhận việc nhảy số).</translation>
    </message>
    <message>
        <source>A restore bundle is for one cell: name it with --cell CODE.</source>
        <translation>Gói khôi phục chỉ dành cho một chi bộ: hãy nêu mã chi bộ bằng --cell MÃ.</translation>
    </message>
    <message>
        <source>Cell {code} has no enrolment file to restore with: renew its enrolment first (partydesk enroll --code {code} --renew -o FILE). Nothing was written.</source>
        <translation>Chi bộ {code} chưa có tệp đăng ký để khôi phục: hãy cấp lại đăng ký trước (partydesk enroll --code {code} --renew -o TỆP). Không ghi tệp nào.</translation>
    </message>
    <message>
        <source>No bundle from cell {code} was ever imported here, so there is nothing to restore it from. Nothing was written.</source>
        <translation>Chưa từng nhập gói nào của chi bộ {code} ở đây nên không có dữ liệu để khôi phục. Không ghi tệp nào.</translation>
    </message>
    <message>
        <source>A restore goes only into a new, empty register; this one already holds members or meetings. Nothing was changed.</source>
        <translation>Chỉ khôi phục vào sổ mới, còn trống; sổ này đã có đảng viên hoặc cuộc họp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{code} is a commune committee: a restore bundle carries one cell&apos;s register, and a commune is not restored from its province&apos;s copy. Nothing was written.</source>
        <translation>{code} là đảng ủy xã: gói khôi phục mang sổ của một chi bộ, còn đảng ủy xã không được khôi phục từ bản lưu ở tỉnh ủy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The enrolment file is for a {level}; set it up with --role {level} (or without --role). Nothing was created.</source>
        <translation>Tệp đăng ký dành cho cấp {level}; hãy thiết lập với --role {level} (hoặc không ghi --role). Chưa tạo gì.</translation>
    </message>
    <message>
        <source>The bundle from {sender} is not the kind of bundle {sender} sends (a cell sends its register, a commune committee its roll-up); nothing was changed.</source>
        <translation>Gói từ {sender} không đúng loại gói mà {sender} gửi (chi bộ gửi sổ đảng viên, đảng ủy xã gửi gói tổng hợp); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The bundle from {sender} is not signed by the key on record for that committee, nor by a key it certified; nothing was changed.</source>
        <translation>Gói từ {sender} không được ký bằng khóa đã lưu của cấp ủy đó, cũng không bằng một khóa mà khóa ấy đã chứng nhận; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Admission needs the certificate of the party-awareness class.</source>
        <translation>Kết nạp cần có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.</translation>
    </message>
    <message>
        <source>The party-awareness certificate of {issued} was valid until {expires}; the candidate must attend the class again.</source>
        <translation>Giấy chứng nhận học lớp nhận thức về Đảng cấp ngày {issued} chỉ có giá trị đến {expires}; quần chúng phải học lại.</translation>
    </message>
    <message>
        <source>Admission needs {required} sponsor(s) who are official members and have worked or lived with the candidate for at least {months} months; {count} qualify on {on}.</source>
        <translation>Kết nạp cần {required} người giới thiệu là đảng viên chính thức, đã cùng công tác hoặc cư trú với quần chúng ít nhất {months} tháng; ngày {on} có {count} người đủ điều kiện.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>{name} has already been admitted.</source>
        <translation>{name} đã được kết nạp.</translation>
    </message>
    <message>
        <source>There is no candidate with the id {id}.</source>
        <translation>Không có quần chúng nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Thêm quần chúng ưu tú</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>Awareness &amp;certificate of:</source>
        <translation>Giấy &amp;chứng nhận học lớp nhận thức về Đảng ngày:</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <source>months together:</source>
        <translation>số tháng cùng công tác/cư trú:</translation>
    </message>
    <message>
        <source>Sponsor {n}:</source>
        <translation>Người giới thiệu {n}:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Giấy chứng nhận có giá trị đến</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Quần chúng ưu tú</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Thêm quần chúng…</translation>
    </message>
    <message>
        <source>&amp;Sponsors…</source>
        <translation>&amp;Người giới thiệu…</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Kết nạp…</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Quyết định kết nạp</translation>
    </message>
    <message>
        <source>&amp;Decision of:</source>
        <translation>&amp;Quyết định ngày:</translation>
    </message>
</context>
<context>
    <name>CellsPage</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Waiting for a bundle</source>
        <translation>Chờ gói</translation>
    </message>
    <message>
        <source>Enrolled, no bundle yet</source>
        <translation>Chưa có gói</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Các chi bộ</translation>
    </message>
    <message>
        <source>&amp;Enrol a cell…</source>
        <translation>&amp;Đăng ký chi bộ…</translation>
    </message>
    <message>
        <source>Mark a cell as waiting after</source>
        <translation>Đánh dấu “Chờ gói” khi quá</translation>
    </message>
    <message>
        <source> days without a bundle</source>
        <translation> ngày chưa có gói</translation>
    </message>
    <message>
        <source>&amp;Cells</source>
        <translation>&amp;Chi bộ</translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation>&amp;Toàn bộ đảng viên</translation>
    </message>
    <message>
        <source>{official} official, {probationary} probationary</source>
        <translation>{official} chính thức, {probationary} dự bị</translation>
    </message>
    <message>
        <source>Dues last month</source>
        <translation>Đảng phí tháng trước</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; cell(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; chi bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; party member(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; đảng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} · {members}: {official} official, {probationary} probationary.</source>
        <translation>{cells} · {members}: {official} chính thức, {probationary} dự bị.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Members over the last 24 months</source>
        <translation>Đảng viên trong 24 tháng qua</translation>
    </message>
    <message>
        <source>Members by age and sex</source>
        <translation>Đảng viên theo độ tuổi và giới tính</translation>
    </message>
    <message>
        <source>Admissions against the target</source>
        <translation>Kết nạp so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation>Xếp loại chất lượng</translation>
    </message>
    <message>
        <source>Dues collected against due</source>
        <translation>Đảng phí đã thu so với phải thu</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Đã kết nạp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải thu</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>Quality grading {year}</source>
        <translation>Xếp loại chất lượng năm {year}</translation>
    </message>
    <message>
        <source>Dues are not kept in this version yet.</source>
        <translation>Phiên bản này chưa quản lý đảng phí.</translation>
    </message>
    <message>
        <source>The charts could not be worked out.</source>
        <translation>Không tính được các biểu đồ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>An unexpected error occurred ({kind}); details are in the log file.</source>
        <translation>Đã xảy ra lỗi không lường trước ({kind}); chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Set up {name} ({code}) in {folder}.</source>
        <translation>Đã thiết lập {name} ({code}) tại {folder}.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa ký: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrolled with {committee} ({code}); its key fingerprint: {fingerprint}</source>
        <translation>Đã đăng ký với {committee} ({code}); dấu vân tay khóa của cấp ủy: {fingerprint}</translation>
    </message>
    <message>
        <source>Added {count} demo members.</source>
        <translation>Đã thêm {count} đảng viên mẫu.</translation>
    </message>
    <message>
        <source>Added {count} demo meetings with their resolutions.</source>
        <translation>Đã thêm {count} buổi sinh hoạt mẫu cùng nghị quyết.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Việc chưa xong</translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation>Chưa ghi buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>No documents of type {code}.</source>
        <translation>Chưa có văn bản loại {code}.</translation>
    </message>
    <message>
        <source>row {row}: {reasons}</source>
        <translation>dòng {row}: {reasons}</translation>
    </message>
    <message>
        <source>Members imported from {file}: {count}.</source>
        <translation>Số đảng viên đã nhập từ {file}: {count}.</translation>
    </message>
    <message>
        <source>Rows skipped because of errors: {count}.</source>
        <translation>Số dòng bị bỏ qua vì có lỗi: {count}.</translation>
    </message>
    <message>
        <source>Members exported to {file}: {count}.</source>
        <translation>Số đảng viên đã xuất ra {file}: {count}.</translation>
    </message>
    <message>
        <source>Wrote a blank member spreadsheet to {file}.</source>
        <translation>Đã ghi bảng tính mẫu (trống) danh sách đảng viên vào {file}.</translation>
    </message>
    <message>
        <source>Wrote the enrolment file for {name} ({code}) to {file}. It holds a one-time secret: give it to the cell&apos;s secretary by hand.</source>
        <translation>Đã ghi tệp đăng ký cho {name} ({code}) vào {file}. Tệp chứa mã bí mật dùng một lần: hãy trao tận tay bí thư chi bộ.</translation>
    </message>
    <message>
        <source>Committee signing key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa ký của cấp ủy: {fingerprint}</translation>
    </message>
    <message>
        <source>New signing key fingerprint: {new} (was {old}). Every later bundle carries the old key&apos;s certificate of it: the cells follow it at their next downward bundle, and the province at the next roll-up.</source>
        <translation>Dấu vân tay khóa ký mới: {new} (trước đây: {old}). Mọi gói từ nay đều mang giấy chứng nhận của khóa cũ cho khóa mới: các chi bộ chuyển sang khóa mới ở gói gửi xuống tiếp theo, tỉnh ủy ở gói tổng hợp tiếp theo.</translation>
    </message>
    <message>
        <source>No cell has anything new to send; nothing was written.</source>
        <translation>Không có chi bộ nào có nội dung mới cần gửi; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The bundle is valid; nothing was changed.</source>
        <translation>Gói hợp lệ; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file}: skipped, a newer bundle from {sender} is among these files.</source>
        <translation>{file}: bỏ qua, trong các tệp này có gói mới hơn từ {sender}.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} was already imported; nothing changed.</source>
        <translation>Gói số {sequence} từ {sender} đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Chạy thử: không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Đã nhập.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} to {recipient}, made {created}: {members} members.</source>
        <translation>Gói số {sequence} từ {sender} gửi {recipient}, lập lúc {created}: {members} đảng viên.</translation>
    </message>
    <message>
        <source>Changes: {added} members added, {changed} changed, {leaving} leaving.</source>
        <translation>Thay đổi: thêm {added} đảng viên, sửa {changed}, ra khỏi danh sách {leaving}.</translation>
    </message>
    <message>
        <source>{sender} has a new signing key, {fingerprint}, certified by the key on record: it is trusted from this import on, and the old key no longer.</source>
        <translation>{sender} đã đổi khóa ký, khóa mới {fingerprint} được khóa đã lưu chứng nhận: từ lần nhập này khóa mới được tin cậy, khóa cũ thì không còn.</translation>
    </message>
    <message>
        <source>{name} is filed under {word}.</source>
        <translation>{name} được xếp theo tên {word}.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải đóng</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <source>Dues basis recorded from {date}.</source>
        <translation>Đã ghi căn cứ đóng đảng phí từ ngày {date}.</translation>
    </message>
    <message>
        <source>Exemption from dues recorded.</source>
        <translation>Đã ghi việc miễn đóng đảng phí.</translation>
    </message>
    <message>
        <source>Reduction of dues recorded.</source>
        <translation>Đã ghi việc giảm mức đóng đảng phí.</translation>
    </message>
    <message>
        <source>Payment recorded: {ids}</source>
        <translation>Đã ghi khoản đóng: {ids}</translation>
    </message>
    <message>
        <source>Payment reversed by entry {id}.</source>
        <translation>Đã đính chính khoản đóng bằng bút toán {id}.</translation>
    </message>
    <message>
        <source>Payments imported from {file}: {count}.</source>
        <translation>Số khoản đóng đã nhập từ {file}: {count}.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Đã ghi {file}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Setting {key} = {value} from {month}.</source>
        <translation>Đặt {key} = {value} từ tháng {month}.</translation>
    </message>
    <message>
        <source>The register is back as backup {id} held it. What it replaced is kept as backup {safety}.</source>
        <translation>Sổ đảng viên đã được khôi phục theo bản sao lưu {id}. Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {safety}.</translation>
    </message>
    <message>
        <source>Recorded decision {id}; it goes to {cell} in its next bundle.</source>
        <translation>Đã ghi quyết định {id}; quyết định sẽ được gửi cho {cell} trong gói tiếp theo.</translation>
    </message>
    <message>
        <source>The notice goes to {cells} in their next bundles.</source>
        <translation>Thông báo sẽ được gửi cho {cells} trong gói tiếp theo.</translation>
    </message>
    <message>
        <source>Restore bundle number {sequence} from {sender}: the register as the committee received it in bundle number {last}, {members} members.</source>
        <translation>Gói khôi phục số {sequence} của {sender}: sổ đảng viên như đảng ủy đã nhận trong gói số {last}, {members} đảng viên.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender}, made {created}: {decisions} new decisions, {notices} new notices.</source>
        <translation>Gói số {sequence} của {sender}, lập lúc {created}: {decisions} quyết định mới, {notices} thông báo mới.</translation>
    </message>
    <message>
        <source>Member transferred from {cell}, waiting to be accepted: {name} ({id}).</source>
        <translation>Đảng viên chuyển đến từ {cell}, chờ tiếp nhận: {name} ({id}).</translation>
    </message>
    <message>
        <source>{sender} has received roll-up number {sequence} of {date}.</source>
        <translation>{sender} đã nhận gói tổng hợp số {sequence} ngày {date}.</translation>
    </message>
    <message>
        <source>The committee has received bundle number {sequence} of {date}.</source>
        <translation>Đảng ủy đã nhận gói số {sequence} ngày {date}.</translation>
    </message>
    <message>
        <source>Recorded {kind} of {date}; the member is now {status}.</source>
        <translation>Đã ghi sự kiện {kind} ngày {date}; tình trạng đảng viên hiện nay: {status}.</translation>
    </message>
    <message>
        <source>The key on record for {code} is revoked: bundles signed by it are refused from now on. Its members and the history of its bundles are kept.</source>
        <translation>Khóa đã lưu của {code} đã bị thu hồi: từ nay các gói ký bằng khóa đó bị từ chối. Danh sách đảng viên và lịch sử các gói của chi bộ vẫn được giữ.</translation>
    </message>
    <message>
        <source>New signing key fingerprint: {new} (was {old}). The next bundle announces it to the committee, signed by the old key.</source>
        <translation>Dấu vân tay khóa ký mới: {new} (trước đây: {old}). Gói tiếp theo sẽ báo khóa mới cho cấp ủy, có chữ ký của khóa cũ.</translation>
    </message>
    <message>
        <source>The one-time enrolment secret has been sent and is now erased from this computer. Delete the enrolment file from the USB stick.</source>
        <translation>Mã bí mật đăng ký dùng một lần đã được gửi đi và nay đã xóa khỏi máy này. Hãy xóa tệp đăng ký khỏi USB.</translation>
    </message>
    <message>
        <source>Waiting for confirmation: this is the first bundle from {sender}. Ask its secretary to read out the fingerprint shown by &quot;partydesk fingerprint&quot; on the cell&apos;s computer; if it is {fingerprint}, import again with --confirm-fingerprint &quot;{fingerprint}&quot;. Nothing was changed.</source>
        <translation>Đang chờ xác nhận: đây là gói đầu tiên từ {sender}. Hãy đề nghị bí thư chi bộ đọc dấu vân tay do lệnh &quot;partydesk fingerprint&quot; hiện trên máy của chi bộ; nếu đúng là {fingerprint}, hãy nhập lại với --confirm-fingerprint &quot;{fingerprint}&quot;. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Warning: this bundle removes {dropped} of the cell&apos;s {current} current members; it is imported only with --confirm-removals.</source>
        <translation>Cảnh báo: gói này đưa {dropped} trong số {current} đảng viên hiện có của chi bộ ra khỏi danh sách; chỉ nhập khi có --confirm-removals.</translation>
    </message>
    <message>
        <source>First bundle from {sender}: its key {fingerprint} is trusted from this import on.</source>
        <translation>Gói đầu tiên từ {sender}: khóa {fingerprint} được tin cậy kể từ lần nhập này.</translation>
    </message>
    <message>
        <source>The dossier of {name} goes from {from_cell} to {to_cell} in its next bundle.</source>
        <translation>Hồ sơ của {name} sẽ chuyển từ {from_cell} sang {to_cell} trong gói tiếp theo gửi {to_cell}.</translation>
    </message>
    <message>
        <source>Member {id} transferred in on {date}; status {status}.</source>
        <translation>Đã tiếp nhận đảng viên {id} chuyển đến ngày {date}; tình trạng: {status}.</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Đã ghi vào {path}</translation>
    </message>
    <message>
        <source>Passphrase of the register: </source>
        <translation>Mật khẩu của sổ: </translation>
    </message>
    <message>
        <source>Choose a passphrase for the register (at least 8 characters; if it is lost, only the committee&apos;s copy can restore the register): </source>
        <translation>Chọn mật khẩu cho sổ (ít nhất 8 ký tự; nếu quên mật khẩu, chỉ có thể khôi phục sổ từ bản sao của cấp ủy): </translation>
    </message>
    <message>
        <source>Type the same passphrase again: </source>
        <translation>Gõ lại đúng mật khẩu đó: </translation>
    </message>
    <message>
        <source>{name} arrived on {date} with letter {number} from {place}: member {id}, status {status}.</source>
        <translation>{name} đến ngày {date} với giấy giới thiệu số {number} của {place}: đảng viên {id}, tình trạng {status}.</translation>
    </message>
    <message>
        <source>Noted: member {id} moves from {date}; the transfer must be started by {due}.</source>
        <translation>Đã ghi: đảng viên {id} chuyển đi từ ngày {date}; phải làm thủ tục chuyển sinh hoạt trước ngày {due}.</translation>
    </message>
    <message>
        <source>Setting {key} = {value} from {month} goes to {cells} in their next bundles.</source>
        <translation>Mức {key} = {value} từ {month} sẽ gửi tới {cells} trong gói tiếp theo.</translation>
    </message>
    <message>
        <source>Setting from the committee: {key} = {value} from {since}.</source>
        <translation>Mức do Đảng ủy đặt: {key} = {value} từ {since}.</translation>
    </message>
    <message>
        <source>same card number</source>
        <translation>trùng số thẻ đảng</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>trùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <source>{name_a} ({cell_a}) and {name_b} ({cell_b}) may be the same member ({reason}); see &quot;partydesk duplicates list&quot;.</source>
        <translation>{name_a} ({cell_a}) và {name_b} ({cell_b}) có thể là cùng một đảng viên ({reason}); xem &quot;partydesk duplicates list&quot;.</translation>
    </message>
    <message>
        <source>Resolved: {name_a} ({cell_a}) and {name_b} ({cell_b}).</source>
        <translation>Đã xử lý: {name_a} ({cell_a}) và {name_b} ({cell_b}).</translation>
    </message>
    <message>
        <source>Days since bundle</source>
        <translation>Số ngày từ gói cuối</translation>
    </message>
    <message>
        <source>Meetings last month</source>
        <translation>Buổi sinh hoạt tháng trước</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <source>Dues arrears</source>
        <translation>Nợ đảng phí</translation>
    </message>
    <message>
        <source>conversion due</source>
        <translation>đến hạn chuyển chính thức</translation>
    </message>
    <message>
        <source>admission proposed</source>
        <translation>đề nghị kết nạp</translation>
    </message>
    <message>
        <source>No meeting recorded in {month}: {cells}</source>
        <translation>Không ghi buổi sinh hoạt nào trong tháng {month}: {cells}</translation>
    </message>
    <message>
        <source>Waiting for a committee decision</source>
        <translation>Chờ quyết định của Đảng ủy</translation>
    </message>
    <message>
        <source>In transit between cells</source>
        <translation>Đang chuyển giữa các chi bộ</translation>
    </message>
    <message>
        <source>Members in two cells</source>
        <translation>Đảng viên có tên ở hai chi bộ</translation>
    </message>
    <message>
        <source>set by {committee}</source>
        <translation>do {committee} đặt</translation>
    </message>
    <message>
        <source>Roll-up number {sequence} to {recipient}: {carried} cells&apos; bundles, {members} active members. Signing key fingerprint: {fingerprint}</source>
        <translation>Gói tổng hợp số {sequence} gửi {recipient}: gói của {carried} chi bộ, {members} đảng viên đang sinh hoạt. Dấu vân tay khóa ký: {fingerprint}</translation>
    </message>
    <message>
        <source>No bundle held yet from: {cells}.</source>
        <translation>Chưa có gói nào từ: {cells}.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>local backups of the register</source>
        <translation>các bản sao lưu sổ đảng viên trên máy</translation>
    </message>
    <message>
        <source>back up the register now</source>
        <translation>sao lưu sổ đảng viên ngay</translation>
    </message>
    <message>
        <source>the backups kept, newest first</source>
        <translation>các bản sao lưu đang giữ, mới nhất trước</translation>
    </message>
    <message>
        <source>put the register back as a backup holds it (the present register is backed up first)</source>
        <translation>khôi phục sổ đảng viên theo một bản sao lưu (sổ hiện tại được sao lưu trước)</translation>
    </message>
    <message>
        <source>yearly_grading: the year graded</source>
        <translation>yearly_grading: năm được đánh giá</translation>
    </message>
    <message>
        <source>badge_awarded: years of membership</source>
        <translation>badge_awarded: số năm tuổi đảng</translation>
    </message>
    <message>
        <source>committee: a notice for cells&apos; next bundles</source>
        <translation>đảng ủy: thêm thông báo vào gói tiếp theo gửi các chi bộ</translation>
    </message>
    <message>
        <source>badge: the years of membership (default 30)</source>
        <translation>huy hiệu: số năm tuổi đảng (mặc định 30)</translation>
    </message>
    <message>
        <source>the committee&apos;s decisions about cells&apos; members</source>
        <translation>quyết định của đảng ủy về đảng viên các chi bộ</translation>
    </message>
    <message>
        <source>record one event of a member&apos;s life (rules checked as in the app)</source>
        <translation>ghi một sự kiện của đảng viên (kiểm tra quy định như trong ứng dụng)</translation>
    </message>
    <message>
        <source>committee: only this cell (repeatable); a cell named gets a bundle even with nothing new</source>
        <translation>đảng ủy: chỉ chi bộ này (có thể lặp lại); chi bộ được nêu tên luôn nhận gói dù không có gì mới</translation>
    </message>
    <message>
        <source>cell: also print a cover sheet to this PDF</source>
        <translation>chi bộ: in thêm phiếu kèm gói ra tệp PDF này</translation>
    </message>
    <message>
        <source>transfers in, return: where from (optional)</source>
        <translation>chuyển đến, trở về: chuyển từ đâu (không bắt buộc)</translation>
    </message>
    <message>
        <source>every enrolled cell</source>
        <translation>mọi chi bộ đã đăng ký</translation>
    </message>
    <message>
        <source>the kind of event (listed below)</source>
        <translation>loại sự kiện (liệt kê bên dưới)</translation>
    </message>
    <message>
        <source>discipline: the level (default reprimand)</source>
        <translation>kỷ luật: hình thức (mặc định khiển trách)</translation>
    </message>
    <message>
        <source>badge_awarded: the member is gravely ill (up to 12 months early)</source>
        <translation>badge_awarded: đảng viên ốm nặng (được xét sớm tối đa 12 tháng)</translation>
    </message>
    <message>
        <source>discipline: reprimand|warning|removal_from_post; yearly_grading: outstanding|good|completed|not_completed</source>
        <translation>discipline: reprimand (khiển trách)|warning (cảnh cáo)|removal_from_post (cách chức); yearly_grading: outstanding|good|completed|not_completed</translation>
    </message>
    <message>
        <source>transfers out: where to (optional)</source>
        <translation>chuyển đi: chuyển đến đâu (không bắt buộc)</translation>
    </message>
    <message>
        <source>committee: record a decision for a cell&apos;s next downward bundle</source>
        <translation>đảng ủy: ghi quyết định để gửi trong gói tiếp theo cho chi bộ</translation>
    </message>
    <message>
        <source>the committee&apos;s notices to its cells</source>
        <translation>thông báo của đảng ủy gửi các chi bộ</translation>
    </message>
    <message>
        <source>cell: the committee&apos;s decisions received</source>
        <translation>chi bộ: các quyết định đã nhận từ đảng ủy</translation>
    </message>
    <message>
        <source>card_issued: the card number</source>
        <translation>card_issued: số thẻ đảng viên</translation>
    </message>
    <message>
        <source>cell: the notices received</source>
        <translation>chi bộ: các thông báo đã nhận</translation>
    </message>
    <message>
        <source>PartyDesk: the offline register of a party cell. Without a command, opens the app.</source>
        <translation>PartyDesk: sổ sách của chi bộ, chạy không cần mạng. Không ghi lệnh nào thì mở chương trình.</translation>
    </message>
    <message>
        <source>data folder to use (default: the user&apos;s data folder, or $PARTYDESK_DATA_DIR)</source>
        <translation>thư mục dữ liệu dùng (mặc định: thư mục dữ liệu của người dùng, hoặc $PARTYDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>set up a new cell or committee register</source>
        <translation>lập sổ mới cho chi bộ hoặc cấp ủy</translation>
    </message>
    <message>
        <source>fill an empty register with invented demo data</source>
        <translation>điền dữ liệu mẫu (bịa ra) vào sổ còn trống</translation>
    </message>
    <message>
        <source>the member register</source>
        <translation>sổ đảng viên</translation>
    </message>
    <message>
        <source>the cell&apos;s meetings and their minutes</source>
        <translation>các buổi sinh hoạt chi bộ và biên bản</translation>
    </message>
    <message>
        <source>resolutions and other documents</source>
        <translation>nghị quyết và các văn bản khác</translation>
    </message>
    <message>
        <source>print a document to a PDF file</source>
        <translation>in một văn bản ra tệp PDF</translation>
    </message>
    <message>
        <source>committee: write an enrolment file for a cell</source>
        <translation>cấp ủy: ghi tệp đăng ký cho một chi bộ</translation>
    </message>
    <message>
        <source>signed, encrypted bundles on a USB stick</source>
        <translation>gói dữ liệu đã ký và mã hóa, chép qua USB</translation>
    </message>
    <message>
        <source>committee: the enrolled cells</source>
        <translation>cấp ủy: các chi bộ đã đăng ký</translation>
    </message>
    <message>
        <source>e.g. &quot;Chi bộ thôn Đồng Tâm&quot;</source>
        <translation>ví dụ &quot;Chi bộ thôn Đồng Tâm&quot;</translation>
    </message>
    <message>
        <source>short code, e.g. CB01</source>
        <translation>mã ngắn, ví dụ CB01</translation>
    </message>
    <message>
        <source>set up a cell from its committee&apos;s enrolment file (gives the role, name, code and higher committee)</source>
        <translation>lập sổ chi bộ từ tệp đăng ký của cấp ủy (tệp cho biết vai trò, tên, mã và cấp ủy cấp trên)</translation>
    </message>
    <message>
        <source>the higher committee&apos;s name</source>
        <translation>tên cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>term, e.g. &quot;2025-2030&quot;</source>
        <translation>nhiệm kỳ, ví dụ &quot;2025-2030&quot;</translation>
    </message>
    <message>
        <source>the secretary&apos;s full name</source>
        <translation>họ và tên bí thư</translation>
    </message>
    <message>
        <source>the day the demo data is as of (default: today)</source>
        <translation>ngày mà dữ liệu mẫu tính đến (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>months of demo meetings and resolutions (default: 24 for up to 2,000 members, none above)</source>
        <translation>số tháng sinh hoạt và nghị quyết mẫu (mặc định: 24 khi có tới 2.000 đảng viên, nhiều hơn thì không có)</translation>
    </message>
    <message>
        <source>list members in Vietnamese name order</source>
        <translation>liệt kê đảng viên theo thứ tự tên tiếng Việt</translation>
    </message>
    <message>
        <source>one member&apos;s record, events and allowed actions</source>
        <translation>hồ sơ, quá trình và các việc được phép của một đảng viên</translation>
    </message>
    <message>
        <source>add members from an .xlsx or .csv file</source>
        <translation>thêm đảng viên từ tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>write the register to .xlsx or .csv</source>
        <translation>xuất sổ đảng viên ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>write a blank spreadsheet to fill in</source>
        <translation>ghi một bảng tính trống để điền</translation>
    </message>
    <message>
        <source>words of the name, accents optional</source>
        <translation>các chữ trong tên, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>only members exempted, or temporarily transferred out</source>
        <translation>chỉ đảng viên được miễn sinh hoạt, hoặc đang chuyển sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <source>import the valid rows even if some rows have errors</source>
        <translation>nhập các dòng hợp lệ dù có dòng bị lỗi</translation>
    </message>
    <message>
        <source>list meetings, newest first</source>
        <translation>liệt kê các buổi sinh hoạt, mới nhất trước</translation>
    </message>
    <message>
        <source>the minutes of one meeting (JSON)</source>
        <translation>biên bản của một buổi sinh hoạt (JSON)</translation>
    </message>
    <message>
        <source>list documents of a type, newest first</source>
        <translation>liệt kê văn bản theo loại, mới nhất trước</translation>
    </message>
    <message>
        <source>document type code: NQ (default), BB, KL, TB, BC, KH…</source>
        <translation>mã loại văn bản: NQ (mặc định), BB, KL, TB, BC, KH…</translation>
    </message>
    <message>
        <source>the member list (sổ danh sách đảng viên)</source>
        <translation>sổ danh sách đảng viên</translation>
    </message>
    <message>
        <source>the minutes of a meeting (biên bản)</source>
        <translation>biên bản một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>the notice of a meeting (thông báo)</source>
        <translation>thông báo một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>the sign-in sheet of a meeting (danh sách dự họp)</source>
        <translation>danh sách dự họp của một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>a resolution (nghị quyết)</source>
        <translation>một nghị quyết</translation>
    </message>
    <message>
        <source>the cell&apos;s name, e.g. &quot;Chi bộ thôn A&quot;</source>
        <translation>tên chi bộ, ví dụ &quot;Chi bộ thôn A&quot;</translation>
    </message>
    <message>
        <source>the cell&apos;s code, e.g. CB01</source>
        <translation>mã chi bộ, ví dụ CB01</translation>
    </message>
    <message>
        <source>cell: write a bundle for the committee</source>
        <translation>chi bộ: ghi gói dữ liệu gửi cấp ủy</translation>
    </message>
    <message>
        <source>committee: check a bundle, change nothing</source>
        <translation>cấp ủy: kiểm tra một gói, không thay đổi gì</translation>
    </message>
    <message>
        <source>committee: import cells&apos; bundles (several files: the newest per cell, all in one transaction)</source>
        <translation>cấp ủy: nhập gói dữ liệu của các chi bộ (nhiều tệp: lấy gói mới nhất của mỗi chi bộ, nhập trọn một lần)</translation>
    </message>
    <message>
        <source>also print a cover sheet to this PDF</source>
        <translation>in kèm trang bìa ra tệp PDF này</translation>
    </message>
    <message>
        <source>show the changes only</source>
        <translation>chỉ hiện những thay đổi</translation>
    </message>
    <message>
        <source>each cell with its last bundle</source>
        <translation>từng chi bộ cùng gói dữ liệu gần nhất</translation>
    </message>
    <message>
        <source>change this installation&apos;s signing key (a cell, a commune or a province)</source>
        <translation>đổi khóa ký của máy này (chi bộ, đảng ủy xã hoặc tỉnh ủy)</translation>
    </message>
    <message>
        <source>make a new signing key, certified by the old one; every later bundle, up or down, carries the certificate</source>
        <translation>tạo khóa ký mới, được khóa cũ chứng nhận; mọi gói sau đó, gửi lên hay gửi xuống, đều mang giấy chứng nhận</translation>
    </message>
    <message>
        <source>the monthly dues report</source>
        <translation>báo cáo đảng phí hằng tháng</translation>
    </message>
    <message>
        <source>committee: a restore bundle for the one cell named (after enroll --renew)</source>
        <translation>đảng ủy: gói khôi phục cho chi bộ được nêu tên (sau enroll --renew)</translation>
    </message>
    <message>
        <source>members moving between the cells of one committee</source>
        <translation>đảng viên chuyển sinh hoạt giữa các chi bộ cùng đảng ủy</translation>
    </message>
    <message>
        <source>committee: members in transit; cell: dossiers received</source>
        <translation>đảng ủy: đảng viên đang chuyển; chi bộ: hồ sơ đã nhận</translation>
    </message>
    <message>
        <source>committee: send a member&apos;s dossier in the new cell&apos;s next bundle</source>
        <translation>đảng ủy: gửi hồ sơ đảng viên trong gói tiếp theo cho chi bộ mới</translation>
    </message>
    <message>
        <source>cell: take in a member whose dossier came from the committee</source>
        <translation>chi bộ: tiếp nhận đảng viên có hồ sơ do đảng ủy gửi xuống</translation>
    </message>
    <message>
        <source>cell: write a bundle for the committee; committee: one bundle per cell (on a province: per commune) with something to send</source>
        <translation>chi bộ: ghi gói gửi đảng ủy; đảng ủy: ghi một gói cho mỗi chi bộ (ở tỉnh ủy: mỗi đảng ủy xã) có nội dung cần gửi</translation>
    </message>
    <message>
        <source>committee: import cells&apos; bundles (several files: the newest per cell, all in one transaction); cell: import the committee&apos;s bundle; commune: also the province&apos;s bundle</source>
        <translation>đảng ủy: nhập gói của các chi bộ (nhiều tệp: gói mới nhất của mỗi chi bộ, trong một giao dịch); chi bộ: nhập gói của đảng ủy; đảng ủy xã: cả gói của tỉnh ủy</translation>
    </message>
    <message>
        <source>a member&apos;s dues category and base amount</source>
        <translation>diện đóng và mức căn cứ tính đảng phí của một đảng viên</translation>
    </message>
    <message>
        <source>đồng (default: what is owed for the months)</source>
        <translation>đồng (mặc định: số phải nộp của các tháng đó)</translation>
    </message>
    <message>
        <source>record a payment (split over --months)</source>
        <translation>ghi một lần nộp (chia cho các tháng ở --months)</translation>
    </message>
    <message>
        <source>the portal&apos;s reference</source>
        <translation>mã giao dịch trên cổng dịch vụ công</translation>
    </message>
    <message>
        <source>salary, benefit or pension in đồng</source>
        <translation>tiền lương, trợ cấp hoặc lương hưu, tính bằng đồng</translation>
    </message>
    <message>
        <source>the month&apos;s members, due, paid, balance</source>
        <translation>đảng viên của tháng, số phải nộp, đã nộp, còn thiếu</translation>
    </message>
    <message>
        <source>correct a payment by a reversing entry</source>
        <translation>sửa một lần nộp bằng bút toán đảo</translation>
    </message>
    <message>
        <source>a month&apos;s collection sheet (.xlsx)</source>
        <translation>bảng thu đảng phí của một tháng (.xlsx)</translation>
    </message>
    <message>
        <source>the member&apos;s id or card number</source>
        <translation>mã hoặc số thẻ của đảng viên</translation>
    </message>
    <message>
        <source>reduce a member&apos;s dues for a time</source>
        <translation>giảm đảng phí cho một đảng viên trong một thời gian</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation>TỆP.pdf hoặc TỆP.xlsx</translation>
    </message>
    <message>
        <source>file a member under a word of the name other than the last</source>
        <translation>xếp một đảng viên theo một chữ khác chữ cuối trong tên</translation>
    </message>
    <message>
        <source>a word of the full name, e.g. Bih for Y Bih Niê (leave out to file under the last word again)</source>
        <translation>một chữ trong họ tên, ví dụ Bih của Y Bih Niê (bỏ trống để xếp lại theo chữ cuối)</translation>
    </message>
    <message>
        <source>exempt a member from dues</source>
        <translation>miễn đảng phí cho một đảng viên</translation>
    </message>
    <message>
        <source>set an unconfirmed value from a month</source>
        <translation>đặt một giá trị chưa được xác nhận, áp dụng từ một tháng</translation>
    </message>
    <message>
        <source>party dues: bases, collection, reports</source>
        <translation>đảng phí: mức căn cứ, thu nộp, báo cáo</translation>
    </message>
    <message>
        <source>close although the limit is broken or gradings are missing</source>
        <translation>vẫn kết thúc dù vượt tỷ lệ hoặc còn đảng viên chưa xếp loại</translation>
    </message>
    <message>
        <source>the cell&apos;s own grading as a collective</source>
        <translation>xếp loại của chính chi bộ</translation>
    </message>
    <message>
        <source>default: 31 December of this year</source>
        <translation>mặc định: ngày 31 tháng 12 năm nay</translation>
    </message>
    <message>
        <source>year-end reports upward</source>
        <translation>báo cáo cuối năm gửi cấp trên</translation>
    </message>
    <message>
        <source>admission targets</source>
        <translation>chỉ tiêu kết nạp</translation>
    </message>
    <message>
        <source>gradings from a spreadsheet (all or nothing)</source>
        <translation>nhập kết quả xếp loại từ bảng tính (nhập hết hoặc không nhập gì)</translation>
    </message>
    <message>
        <source>the year&apos;s gradings</source>
        <translation>kết quả xếp loại trong năm</translation>
    </message>
    <message>
        <source>the year&apos;s admissions target</source>
        <translation>chỉ tiêu kết nạp của năm</translation>
    </message>
    <message>
        <source>the yearly quality grading</source>
        <translation>đánh giá, xếp loại chất lượng hằng năm</translation>
    </message>
    <message>
        <source>close the year&apos;s round</source>
        <translation>kết thúc đợt đánh giá của năm</translation>
    </message>
    <message>
        <source>the 20 %% limit and missing gradings</source>
        <translation>tỷ lệ 20 %% và những đảng viên chưa xếp loại</translation>
    </message>
    <message>
        <source>members, admissions and grading as of a date</source>
        <translation>đảng viên, kết nạp và xếp loại tính đến một ngày</translation>
    </message>
    <message>
        <source>the cell&apos;s proposal: the meeting that voted on it</source>
        <translation>chi bộ đề nghị: buổi sinh hoạt đã biểu quyết</translation>
    </message>
    <message>
        <source>one member&apos;s grading at one stage</source>
        <translation>xếp loại một đảng viên ở một bước</translation>
    </message>
    <message>
        <source>the year&apos;s quality grading</source>
        <translation>xếp loại chất lượng trong năm</translation>
    </message>
    <message>
        <source>a cell&apos;s first bundle: the key fingerprint its secretary read out; the bundle is applied only if it matches (repeatable)</source>
        <translation>gói đầu tiên của một chi bộ: dấu vân tay khóa do bí thư chi bộ đọc; gói chỉ được nhận khi khớp (có thể nhắc lại)</translation>
    </message>
    <message>
        <source>apply a bundle even though it removes many of the cell&apos;s members (more than 20%% of them, or all)</source>
        <translation>vẫn nhận gói dù gói xóa nhiều đảng viên của chi bộ (hơn 20%% số đảng viên, hoặc tất cả)</translation>
    </message>
    <message>
        <source>find the signed document printed with a verification code</source>
        <translation>tìm văn bản đã ký có in mã xác thực này</translation>
    </message>
    <message>
        <source>name to sign with (default: the secretary recorded)</source>
        <translation>họ tên người ký (mặc định: bí thư đã ghi trong sổ)</translation>
    </message>
    <message>
        <source>print this installation&apos;s signing-key fingerprint (to read out over the phone)</source>
        <translation>in dấu vân tay khóa ký của máy này (để đọc qua điện thoại)</translation>
    </message>
    <message>
        <source>the cell lost its key: revoke it and write a new enrolment file for the same code</source>
        <translation>chi bộ mất khóa: thu hồi khóa đó và lập tệp đăng ký mới cho cùng mã chi bộ</translation>
    </message>
    <message>
        <source>the cell&apos;s name, e.g. &quot;Chi bộ thôn A&quot; (required unless --renew)</source>
        <translation>tên chi bộ, ví dụ &quot;Chi bộ thôn A&quot; (bắt buộc, trừ khi dùng --renew)</translation>
    </message>
    <message>
        <source>the date printed on it (default: today)</source>
        <translation>ngày in trên văn bản (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>the member list (danh sách đảng viên)</source>
        <translation>danh sách đảng viên</translation>
    </message>
    <message>
        <source>the member list book, mẫu 7-HSĐV (sổ danh sách đảng viên)</source>
        <translation>sổ danh sách đảng viên, mẫu 7-HSĐV</translation>
    </message>
    <message>
        <source>the transfer book (sổ giới thiệu sinh hoạt đảng)</source>
        <translation>sổ giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>the transfer letter of a member (giấy giới thiệu sinh hoạt đảng)</source>
        <translation>giấy giới thiệu sinh hoạt đảng của một đảng viên</translation>
    </message>
    <message>
        <source>the yearly dues summary, month by month</source>
        <translation>báo cáo tổng hợp đảng phí cả năm, theo từng tháng</translation>
    </message>
    <message>
        <source>a quarter&apos;s grading round (default: the year&apos;s)</source>
        <translation>đợt đánh giá, xếp loại của một quý (mặc định: của cả năm)</translation>
    </message>
    <message>
        <source>cell: note that a member must move (retirement, new job…): reminded to start the transfer</source>
        <translation>chi bộ: ghi đảng viên sắp phải chuyển đi (nghỉ hưu, chuyển công tác…): được nhắc làm thủ tục chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>the day of the decision behind the move</source>
        <translation>ngày có quyết định dẫn đến việc chuyển đi</translation>
    </message>
    <message>
        <source>cell: a member arriving from outside the committee, recorded by hand from the transfer letter</source>
        <translation>chi bộ: ghi đảng viên chuyển đến từ ngoài Đảng bộ, nhập tay theo giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>the organisation that issued the letter</source>
        <translation>tổ chức đảng cấp giấy giới thiệu</translation>
    </message>
    <message>
        <source>the day the member presented the letter</source>
        <translation>ngày đảng viên trình giấy giới thiệu</translation>
    </message>
    <message>
        <source>admission decision (from the letter)</source>
        <translation>ngày quyết định kết nạp (theo giấy giới thiệu)</translation>
    </message>
    <message>
        <source>a temporary transfer: the member attends here and stays on the home register</source>
        <translation>chuyển sinh hoạt tạm thời: đảng viên sinh hoạt tại đây, vẫn thuộc danh sách nơi chuyển đi</translation>
    </message>
    <message>
        <source>copy the newest backup to a USB stick (or any folder), checked, written atomically</source>
        <translation>chép bản sao lưu mới nhất sang USB (hoặc thư mục bất kỳ), có kiểm tra, ghi trọn vẹn</translation>
    </message>
    <message>
        <source>committee: the desk across its cells</source>
        <translation>đảng ủy: tình hình chung của các chi bộ</translation>
    </message>
    <message>
        <source>the day to count from (default today)</source>
        <translation>ngày tính (mặc định hôm nay)</translation>
    </message>
    <message>
        <source>committee: members who appear in two cells</source>
        <translation>đảng ủy: đảng viên có tên ở hai chi bộ</translation>
    </message>
    <message>
        <source>the pairs not resolved yet</source>
        <translation>các cặp chưa xử lý</translation>
    </message>
    <message>
        <source>resolved pairs as well</source>
        <translation>cả các cặp đã xử lý</translation>
    </message>
    <message>
        <source>mark a pair as checked</source>
        <translation>đánh dấu một cặp đã kiểm tra</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>hai người khác nhau</translation>
    </message>
    <message>
        <source>one person, to settle with the cells</source>
        <translation>cùng một người, cần giải quyết với các chi bộ</translation>
    </message>
    <message>
        <source>settings a committee sets for its cells</source>
        <translation>các mức đảng ủy đặt cho chi bộ</translation>
    </message>
    <message>
        <source>committee: set for each cell; cell: received from the committee</source>
        <translation>đảng ủy: đã đặt cho từng chi bộ; chi bộ: đã nhận từ đảng ủy</translation>
    </message>
    <message>
        <source>committee: set it for this cell (carried down)</source>
        <translation>đảng ủy: đặt cho chi bộ này (gửi xuống)</translation>
    </message>
    <message>
        <source>committee: set it for every enrolled cell (carried down)</source>
        <translation>đảng ủy: đặt cho mọi chi bộ đã đăng ký (gửi xuống)</translation>
    </message>
    <message>
        <source>committee: the same target for every enrolled cell</source>
        <translation>đảng ủy: cùng một chỉ tiêu cho mọi chi bộ đã đăng ký</translation>
    </message>
    <message>
        <source>committee: enrol a lower committee (a commune, on the province) that will send roll-ups (default: cell)</source>
        <translation>cấp ủy: đăng ký một cấp ủy cấp dưới (đảng ủy xã, trên máy tỉnh ủy) sẽ gửi gói tổng hợp (mặc định: chi bộ)</translation>
    </message>
    <message>
        <source>the consolidated register, paged</source>
        <translation>sổ đảng viên tổng hợp, theo trang</translation>
    </message>
    <message>
        <source>words starting words of the name (accents ignored)</source>
        <translation>các từ là đầu các từ của họ tên (không phân biệt dấu)</translation>
    </message>
    <message>
        <source>commune committee: the roll-up to the province (its own decisions, notices and targets, and each cell&apos;s newest bundle as received)</source>
        <translation>đảng ủy xã: gói tổng hợp gửi tỉnh ủy (quyết định, thông báo, chỉ tiêu của đảng ủy và gói mới nhất của từng chi bộ đúng như đã nhận)</translation>
    </message>
    <message>
        <source>province: its communes&apos; roll-ups</source>
        <translation>tỉnh ủy: gói tổng hợp của các đảng ủy xã</translation>
    </message>
    <message>
        <source>the statistics by commune and cell and in total</source>
        <translation>số liệu thống kê theo xã, theo chi bộ và toàn tỉnh</translation>
    </message>
    <message>
        <source>each commune and its cells: last roll-up and bundle, and who has not reported</source>
        <translation>từng xã và các chi bộ: gói tổng hợp và gói gần nhất, nơi chưa báo cáo</translation>
    </message>
    <message>
        <source>the grading report by commune and cell</source>
        <translation>báo cáo xếp loại theo xã và chi bộ</translation>
    </message>
    <message>
        <source>set up a cell (or, with --role committee, a commune) from its higher committee&apos;s enrolment file (gives the role, name, code and higher committee)</source>
        <translation>thiết lập chi bộ (hoặc, với --role committee, đảng ủy xã) từ tệp đăng ký của cấp trên (cho biết vai trò, tên, mã và cấp trên)</translation>
    </message>
    <message>
        <source>an installation set up on its own: take its higher committee&apos;s enrolment file (a cell&apos;s, or a commune&apos;s from its province)</source>
        <translation>máy đã thiết lập riêng: nhận tệp đăng ký của cấp trên (của chi bộ, hoặc của đảng ủy xã do tỉnh ủy cấp)</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” không phải là một số nguyên.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as year-month-day, e.g. 2026-03-31.</source>
        <translation>“{value}” không phải là một ngày; hãy viết theo năm-tháng-ngày, ví dụ 2026-03-31.</translation>
    </message>
    <message>
        <source>the page after the one whose &quot;next&quot; this is (faster than --page on a large register)</source>
        <translation>trang sau trang có giá trị &quot;next&quot; này (nhanh hơn --page khi sổ đảng viên lớn)</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>The number of days must be a whole number from 1 to {most}.</source>
        <translation>Số ngày phải là số nguyên từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was recorded.</source>
        <translation>Không có chi bộ nào mã {code} đã đăng ký ở đây; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Cell {code} has no member or candidate with the id {id} in its last bundle; nothing was recorded.</source>
        <translation>Gói mới nhất của chi bộ {code} không có đảng viên hay quần chúng ưu tú nào mã {id}; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The decision needs its number.</source>
        <translation>Quyết định cần có số.</translation>
    </message>
    <message>
        <source>The notice needs a title.</source>
        <translation>Thông báo cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The file {file} is not a PDF file (or cannot be read, or is larger than 20 MB); nothing was recorded.</source>
        <translation>Tệp {file} không phải tệp PDF (hoặc không đọc được, hoặc lớn hơn 20 MB); không có gì được ghi.</translation>
    </message>
    <message>
        <source>{code} is a commune committee, not a cell: a decision about one of its members is recorded by the commune for the member&apos;s cell. The province sends its communes notices and settings; nothing was recorded.</source>
        <translation>{code} là đảng ủy xã, không phải chi bộ: quyết định về một đảng viên của xã do đảng ủy xã ghi cho chi bộ của đảng viên đó. Tỉnh ủy gửi xuống đảng ủy xã các thông báo và thiết lập; chưa ghi gì.</translation>
    </message>
    <message>
        <source>No cell is enrolled yet; nothing was recorded.</source>
        <translation>Chưa có chi bộ nào đăng ký; không có gì được ghi.</translation>
    </message>
    <message>
        <source>No cell is enrolled yet; nothing was set.</source>
        <translation>Chưa có chi bộ nào đăng ký; chưa đặt gì.</translation>
    </message>
    <message>
        <source>There is no enrolled cell with code {code}; nothing was set.</source>
        <translation>Không có chi bộ đã đăng ký nào mang mã {code}; chưa đặt gì.</translation>
    </message>
    <message>
        <source>There is no member flagged in two cells with the id {id}; nothing was changed.</source>
        <translation>Không có cặp đảng viên trùng ở hai chi bộ nào mang mã {id}; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This pair was already resolved on {date}; nothing was changed.</source>
        <translation>Cặp này đã được xử lý ngày {date}; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>CommitteeDesk</name>
    <message>
        <source>Commune</source>
        <translation>Đảng bộ xã</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Days since bundle</source>
        <translation>Số ngày từ gói cuối</translation>
    </message>
    <message>
        <source>Meetings last month</source>
        <translation>Sinh hoạt tháng trước</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <source>Dues arrears</source>
        <translation>Nợ đảng phí</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ chi bộ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến chi bộ</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>conversion to official due</source>
        <translation>đến hạn chuyển đảng chính thức</translation>
    </message>
    <message>
        <source>admission proposed by the cell</source>
        <translation>chi bộ đề nghị kết nạp</translation>
    </message>
    <message>
        <source>same card number</source>
        <translation>trùng số thẻ đảng</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>trùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <source>no bundle yet</source>
        <translation>chưa có gói</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Các chi bộ</translation>
    </message>
    <message>
        <source>Checked: two different people</source>
        <translation>Đã kiểm tra: hai người khác nhau</translation>
    </message>
    <message>
        <source>Checked: the same person</source>
        <translation>Đã kiểm tra: cùng một người</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s).</source>
        <translation>
            <numerusform>%n đảng bộ xã.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s).</source>
        <translation>
            <numerusform>%n chi bộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting recorded in {month}: {cells}.</source>
        <translation>Không ghi buổi sinh hoạt nào trong tháng {month}: {cells}.</translation>
    </message>
    <message>
        <source>Every cell recorded a meeting in {month}.</source>
        <translation>Mọi chi bộ đều đã ghi sinh hoạt tháng {month}.</translation>
    </message>
    <message>
        <source>Bundle overdue: {cells}.</source>
        <translation>Quá hạn gửi gói: {cells}.</translation>
    </message>
    <message>
        <source>Waiting for a committee decision ({count})</source>
        <translation>Chờ quyết định của Đảng ủy ({count})</translation>
    </message>
    <message>
        <source>In transit ({count})</source>
        <translation>Đang chuyển ({count})</translation>
    </message>
    <message>
        <source>In two cells ({count})</source>
        <translation>Có tên ở hai chi bộ ({count})</translation>
    </message>
    <message>
        <source>The desk could not be worked out.</source>
        <translation>Không tính được tình hình chung.</translation>
    </message>
</context>
<context>
    <name>CommitteeRegister</name>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Search by name, with or without accents</source>
        <translation>Tìm theo họ tên, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Tất cả chi bộ</translation>
    </message>
    <message>
        <source>Members shown: {count}</source>
        <translation>Số đảng viên đang hiện: {count}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PartyDesk met an unexpected error</source>
        <translation>PartyDesk gặp lỗi không lường trước</translation>
    </message>
    <message>
        <source>Something went wrong inside PartyDesk. Your saved work is safe.
Please copy this report and give it to the people who support PartyDesk.</source>
        <translation>Đã có trục trặc bên trong PartyDesk. Dữ liệu đã lưu của đồng chí vẫn an toàn.
Xin sao chép báo cáo này và gửi cho người hỗ trợ PartyDesk.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Sao chép báo cáo</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>“{text}” is not a date. Type the day as dd/mm/yyyy, for example 05/02/2026, or as eight digits: 05022026.</source>
        <translation>“{text}” không phải là ngày. Hãy gõ theo dạng ngày/tháng/năm, ví dụ 05/02/2026, hoặc gõ liền tám chữ số: 05022026.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Không có tháng {month}.</translation>
    </message>
    <message>
        <source>The year {year} is too early.</source>
        <translation>Năm {year} quá sớm, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} does not exist: month {month} of {year} has {last} days.</source>
        <translation>Không có ngày {day:02d}/{month:02d}/{year}: tháng {month} năm {year} chỉ có {last} ngày.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Date, dd/mm/yyyy</source>
        <translation>Ngày, gõ ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <source>Please enter this date.</source>
        <translation>Xin nhập ngày này.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data only goes into an empty register; this one already has members. Nothing was changed.</source>
        <translation>Dữ liệu mẫu chỉ đưa vào sổ còn trống; sổ này đã có đảng viên. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&lt;h3&gt;PartyDesk {version}&lt;/h3&gt;&lt;p&gt;The offline register of a party cell: members, meetings, resolutions, printed documents and USB sync with the higher committee.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Log folder:&lt;br&gt;&lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartyDesk {version}&lt;/h3&gt;&lt;p&gt;Sổ sách của chi bộ, dùng không cần mạng: đảng viên, sinh hoạt chi bộ, nghị quyết, văn bản in và đồng bộ bằng USB với cấp ủy cấp trên.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Thư mục nhật ký:&lt;br&gt;&lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PartyDesk</source>
        <translation>Giới thiệu PartyDesk</translation>
    </message>
</context>
<context>
    <name>Discipline</name>
    <message>
        <source>The cell (cell meeting)</source>
        <translation>Chi bộ (hội nghị chi bộ)</translation>
    </message>
    <message>
        <source>The cell committee</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <source>The higher committee</source>
        <translation>Cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>đang mang thai</translation>
    </message>
    <message>
        <source>nursing a child under 12 months</source>
        <translation>đang nuôi con dưới 12 tháng</translation>
    </message>
    <message>
        <source>in hospital</source>
        <translation>đang điều trị tại bệnh viện</translation>
    </message>
    <message>
        <source>A discipline needs its reason, the decision&apos;s number and date, and who decided it.</source>
        <translation>Kỷ luật phải ghi rõ lý do, số và ngày của quyết định, và cấp ra quyết định.</translation>
    </message>
    <message>
        <source>The decision cannot be dated after the discipline takes effect.</source>
        <translation>Ngày quyết định không thể sau ngày kỷ luật có hiệu lực.</translation>
    </message>
    <message>
        <source>Discipline is deferred only for pregnancy, nursing a child under 12 months or a stay in hospital.</source>
        <translation>Chỉ tạm hoãn xem xét kỷ luật khi đảng viên đang mang thai, nuôi con dưới 12 tháng hoặc đang điều trị tại bệnh viện.</translation>
    </message>
    <message>
        <source>The deferral must end after the day it begins.</source>
        <translation>Ngày hết tạm hoãn phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Only a current member&apos;s discipline can be deferred.</source>
        <translation>Chỉ tạm hoãn xem xét kỷ luật cho đảng viên đang sinh hoạt.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>A cell does not issue regulations, guidance or directives ({code}).</source>
        <translation>Chi bộ không ban hành quy định, hướng dẫn hay chỉ thị ({code}).</translation>
    </message>
    <message>
        <source>Unknown document type code: {code}.</source>
        <translation>Không có loại văn bản với mã: {code}.</translation>
    </message>
    <message>
        <source>Document numbers start at 01, not {seq}.</source>
        <translation>Số văn bản bắt đầu từ 01, không phải {seq}.</translation>
    </message>
    <message>
        <source>The issuer code must be one word, such as CB, not &quot;{issuer}&quot;.</source>
        <translation>Ký hiệu cơ quan ban hành phải là một từ, ví dụ CB, không phải &quot;{issuer}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{number}&quot; is not a document number such as 05-NQ/CB.</source>
        <translation>&quot;{number}&quot; không phải số văn bản dạng 05-NQ/CB.</translation>
    </message>
    <message>
        <source>A document needs a title (its subject line).</source>
        <translation>Văn bản cần có trích yếu (tiêu đề).</translation>
    </message>
    <message>
        <source>A progress note cannot be empty.</source>
        <translation>Ghi chú tiến độ không được để trống.</translation>
    </message>
    <message>
        <source>A document of a meeting cannot be dated before the meeting ({held_on}).</source>
        <translation>Văn bản của một buổi sinh hoạt không thể đề ngày trước buổi sinh hoạt đó ({held_on}).</translation>
    </message>
    <message>
        <source>A task needs to say what is to be done.</source>
        <translation>Nhiệm vụ cần ghi rõ việc phải làm.</translation>
    </message>
    <message>
        <source>A task&apos;s deadline ({deadline}) cannot be before the document&apos;s date.</source>
        <translation>Thời hạn của nhiệm vụ ({deadline}) không thể trước ngày ban hành văn bản.</translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation>Không có văn bản nào có mã {id}.</translation>
    </message>
    <message>
        <source>There is no task with id {id}.</source>
        <translation>Không có nhiệm vụ nào có mã {id}.</translation>
    </message>
    <message>
        <source>Document {number} is not a resolution.</source>
        <translation>Văn bản {number} không phải là nghị quyết.</translation>
    </message>
    <message>
        <source>There is no member to list: the register holds no official or probationary member (a committee lists the members of its cells&apos; bundles).</source>
        <translation>Không có đảng viên nào để lập danh sách: sổ chưa có đảng viên chính thức hay dự bị (đảng ủy lập danh sách từ các gói dữ liệu của chi bộ).</translation>
    </message>
    <message>
        <source>No transfer out is recorded for this member: record the transfer first, then print its letter.</source>
        <translation>Đảng viên này chưa được ghi chuyển sinh hoạt đi: hãy ghi việc chuyển sinh hoạt trước, rồi in giấy giới thiệu.</translation>
    </message>
    <message>
        <source>There is no member with id {id}.</source>
        <translation>Không có đảng viên nào có mã {id}.</translation>
    </message>
    <message>
        <source>This document needs the name of the person who signs it ({title}), and none is recorded. Record the secretary, or give the name to print (--signer).</source>
        <translation>Văn bản này cần tên người ký ({title}) nhưng chưa có tên nào được ghi. Hãy ghi tên bí thư, hoặc cho biết tên người ký khi in (--signer).</translation>
    </message>
    <message>
        <source>No signed document in this register has the code {code}.</source>
        <translation>Không có văn bản đã ký nào trong sổ này có mã xác thực {code}.</translation>
    </message>
</context>
<context>
    <name>Dues</name>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“{text}” không phải là ngày: hãy viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number of đồng.</source>
        <translation>“{text}” không phải là một số đồng nguyên.</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>“{text}” không phải là tháng: hãy viết theo dạng YYYY-MM, ví dụ 2026-11.</translation>
    </message>
    <message>
        <source>salaried</source>
        <translation>hưởng lương</translation>
    </message>
    <message>
        <source>on benefit</source>
        <translation>hưởng trợ cấp ốm đau, thai sản</translation>
    </message>
    <message>
        <source>pensioner</source>
        <translation>hưu trí</translation>
    </message>
    <message>
        <source>student</source>
        <translation>học sinh, sinh viên</translation>
    </message>
    <message>
        <source>other</source>
        <translation>đối tượng khác</translation>
    </message>
    <message>
        <source>There is no member with id {member_id}.</source>
        <translation>Không có đảng viên nào có mã {member_id}.</translation>
    </message>
    <message>
        <source>A recorded dues entry can never be changed or deleted: record a correction (a reversing entry) instead. Nothing was changed.</source>
        <translation>Khoản đảng phí đã ghi không bao giờ được sửa hay xóa: hãy ghi một bút toán đính chính (bút toán đảo) thay vào đó. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A {category} member&apos;s dues are a share of an amount: give it with --base (whole đồng, above 0).</source>
        <translation>Đảng viên thuộc đối tượng {category} đóng theo tỷ lệ của một khoản tiền: hãy ghi khoản đó bằng --base (số đồng nguyên, lớn hơn 0).</translation>
    </message>
    <message>
        <source>A {category} member pays a flat amount: leave out --base.</source>
        <translation>Đảng viên thuộc đối tượng {category} đóng mức cố định: không ghi --base.</translation>
    </message>
    <message>
        <source>{base} đồng is not a possible monthly amount: give a whole number from 1 to 1,000,000,000.</source>
        <translation>{base} đồng không phải là một khoản hằng tháng hợp lý: hãy ghi số nguyên từ 1 đến 1.000.000.000.</translation>
    </message>
    <message>
        <source>A reduction of {percent} % is not in the rules in force on {date}: allowed are {allowed}.</source>
        <translation>Mức giảm {percent} % không có trong quy định có hiệu lực ngày {date}: các mức được phép là {allowed}.</translation>
    </message>
    <message>
        <source>A reduction lasts at most {most} months a decision; this one lasts {months}.</source>
        <translation>Mỗi quyết định giảm đảng phí kéo dài tối đa {most} tháng; quyết định này kéo dài {months} tháng.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc ở trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Give the reason for the exemption (--reason).</source>
        <translation>Hãy ghi lý do miễn đóng (--reason).</translation>
    </message>
    <message>
        <source>{value} is not a possible value for {key}.</source>
        <translation>{value} không phải là giá trị hợp lệ cho {key}.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx collection sheet: nothing was imported.</source>
        <translation>{file} không phải là bảng thu .xlsx đọc được: không nhập gì.</translation>
    </message>
    <message>
        <source>The sheet has no column {columns} in its first row: nothing was imported.</source>
        <translation>Dòng đầu của bảng không có cột {columns}: không nhập gì.</translation>
    </message>
    <message>
        <source>Nothing was imported; rows with errors: {rows}</source>
        <translation>Không nhập gì; các dòng có lỗi: {rows}</translation>
    </message>
    <message>
        <source>The sheet holds no payments: nothing was imported.</source>
        <translation>Bảng không có khoản đóng nào: không nhập gì.</translation>
    </message>
    <message>
        <source>“{text}” is neither cash nor portal.</source>
        <translation>“{text}” không phải là tiền mặt hay cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>{name} was not a member of the cell in {month} (not yet admitted, or had left): no dues can be recorded for that month.</source>
        <translation>{name} không phải là đảng viên của chi bộ trong tháng {month} (chưa được kết nạp, hoặc đã ra khỏi chi bộ): không thể ghi đảng phí cho tháng đó.</translation>
    </message>
    <message>
        <source>{month} has not begun yet: dues are recorded from the current month back (an advance payment starts at the current month and covers the next ones).</source>
        <translation>Tháng {month} chưa bắt đầu: đảng phí được ghi từ tháng hiện tại trở về trước (đóng trước thì bắt đầu từ tháng hiện tại và gồm các tháng sau).</translation>
    </message>
    <message>
        <source>{amount} is not a possible payment: give a whole number of đồng above 0 and at most {most} for each month paid.</source>
        <translation>{amount} không phải là khoản đóng hợp lý: hãy ghi số đồng nguyên lớn hơn 0 và không quá {most} cho mỗi tháng đóng.</translation>
    </message>
    <message>
        <source>A payment covers from 1 to {most} months.</source>
        <translation>Mỗi lần đóng gồm từ 1 đến {most} tháng.</translation>
    </message>
    <message>
        <source>{name} owes nothing for {months}: give the amount (--amount) to record a voluntary payment.</source>
        <translation>{name} không còn nợ đảng phí tháng {months}: hãy ghi số tiền (--amount) để ghi khoản tự nguyện đóng thêm.</translation>
    </message>
    <message>
        <source>A payment on the public-service portal needs its reference (--ref).</source>
        <translation>Khoản đóng qua Cổng dịch vụ công cần có mã giao dịch (--ref).</translation>
    </message>
    <message>
        <source>Only a payment can be corrected by a reversing entry; {entry} is not one.</source>
        <translation>Chỉ khoản đóng mới được đính chính bằng bút toán đảo; {entry} không phải là khoản đóng.</translation>
    </message>
    <message>
        <source>The payment {entry} has already been reversed.</source>
        <translation>Khoản đóng {entry} đã được đính chính rồi.</translation>
    </message>
    <message>
        <source>There is no dues entry with id {entry}.</source>
        <translation>Không có bút toán đảng phí nào có mã {entry}.</translation>
    </message>
    <message>
        <source>There is no dues summary for the year {year}: give a year from {first} to {last}.</source>
        <translation>Không có báo cáo tổng hợp đảng phí năm {year}: hãy nhập một năm từ {first} đến {last}.</translation>
    </message>
</context>
<context>
    <name>DuesModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải đóng</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Còn nợ</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>&amp;Save the month&apos;s report…</source>
        <translation>&amp;Lưu báo cáo tháng…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Space: paid as due · type an amount and press Enter to record it · Enter moves down · Delete: how to correct</source>
        <translation>Phím cách: đã đóng đủ · gõ số tiền rồi nhấn Enter để ghi · Enter xuống dòng dưới · Delete: cách đính chính</translation>
    </message>
    <message>
        <source>Members: {n} · due {due} · collected {paid} · still owed {owed} · paid in full: {done}</source>
        <translation>Đảng viên: {n} · phải thu {due} · đã thu {paid} · còn nợ {owed} · đã đóng đủ: {done}</translation>
    </message>
    <message>
        <source>Save the dues report</source>
        <translation>Lưu báo cáo đảng phí</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written to {file}</source>
        <translation>Đã ghi báo cáo vào {file}</translation>
    </message>
    <message>
        <source>Print the &amp;year&apos;s summary…</source>
        <translation>In tổng hợp cả &amp;năm…</translation>
    </message>
    <message>
        <source>The yearly dues summary of the chosen month&apos;s year, previewed before printing</source>
        <translation>Báo cáo tổng hợp đảng phí của năm có tháng đang chọn, xem trước khi in</translation>
    </message>
    <message>
        <source>the dues summary of {year}</source>
        <translation>báo cáo tổng hợp đảng phí năm {year}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a cell</source>
        <translation>Đăng ký chi bộ</translation>
    </message>
    <message>
        <source>PartyDesk writes an enrolment file for the cell. The file holds a one-time secret that lets the cell&apos;s first bundle be trusted: give it to the cell&apos;s secretary by hand on a USB stick, never by e-mail or chat, and delete it from the stick once the cell is set up. Enrolling the same cell again makes the old file useless.</source>
        <translation>PartyDesk sẽ ghi một tệp đăng ký cho chi bộ. Tệp chứa mã bí mật dùng một lần để cấp ủy tin cậy gói đầu tiên của chi bộ: hãy trao tận tay bí thư chi bộ bằng USB, không gửi qua thư điện tử hay tin nhắn, và xóa tệp khỏi USB khi chi bộ đã cài đặt xong. Đăng ký lại cùng chi bộ thì tệp cũ không dùng được nữa.</translation>
    </message>
    <message>
        <source>e.g. Chi bộ thôn Đồng Tâm</source>
        <translation>ví dụ: Chi bộ thôn Đồng Tâm</translation>
    </message>
    <message>
        <source>e.g. CB01</source>
        <translation>ví dụ: CB01</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;name:</source>
        <translation>&amp;Tên chi bộ:</translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;code:</source>
        <translation>&amp;Mã chi bộ:</translation>
    </message>
    <message>
        <source>Write to &amp;folder:</source>
        <translation>Ghi vào &amp;thư mục:</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>&amp;Ghi tệp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Where to write the enrolment file</source>
        <translation>Chọn nơi ghi tệp đăng ký</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>Hãy chọn thư mục để ghi tệp.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Xếp loại:</translation>
    </message>
    <message>
        <source>&amp;Badge (years):</source>
        <translation>&amp;Huy hiệu (năm):</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Số thẻ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Nơi:</translation>
    </message>
    <message>
        <source>e.g. 03-QĐ/ĐU</source>
        <translation>ví dụ 03-QĐ/ĐU</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;of:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Cấp &amp;ra quyết định:</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Admission decision</source>
        <translation>Quyết định kết nạp</translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation>Lễ kết nạp</translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation>Chuyển đảng viên chính thức</translation>
    </message>
    <message>
        <source>Official transfer out</source>
        <translation>Chuyển sinh hoạt chính thức đi</translation>
    </message>
    <message>
        <source>Temporary transfer out</source>
        <translation>Chuyển sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <source>Official transfer in</source>
        <translation>Tiếp nhận sinh hoạt chính thức</translation>
    </message>
    <message>
        <source>Temporary transfer in</source>
        <translation>Tiếp nhận sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>Return from temporary transfer</source>
        <translation>Trở về sau sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>Exemption from work and activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>End of exemption</source>
        <translation>Thôi miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation>Ra khỏi Đảng</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <source>Re-admission</source>
        <translation>Kết nạp lại</translation>
    </message>
    <message>
        <source>Party card issued</source>
        <translation>Phát thẻ đảng viên</translation>
    </message>
    <message>
        <source>Party badge awarded</source>
        <translation>Trao huy hiệu Đảng</translation>
    </message>
    <message>
        <source>Yearly grading</source>
        <translation>Đánh giá xếp loại năm</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Đã bị xóa tên</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Bị khai trừ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Đã từ trần</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{file} cannot be written: check the folder exists and the file is not open in another program.</source>
        <translation>Không ghi được {file}: hãy kiểm tra thư mục có tồn tại và tệp không đang mở trong chương trình khác.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file {path} could not be written ({reason}); nothing was saved under that name.</source>
        <translation>Không ghi được tệp {path} ({reason}); không có gì được lưu dưới tên đó.</translation>
    </message>
</context>
<context>
    <name>FromCommittee</name>
    <message>
        <source>Admission</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation>Công nhận chính thức</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Party badge</source>
        <translation>Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restore bundle number {number} from {sender}: the whole register as the committee last received it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gói khôi phục số {number} từ {sender}: toàn bộ sổ đảng viên như Đảng ủy nhận được lần cuối.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bundle number {number} from {sender}, made on {made}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gói số {number} từ {sender}, lập ngày {made}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt; (each becomes a dated event in the member&apos;s history):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quyết định&lt;/b&gt; (mỗi quyết định được ghi thành một sự kiện có ngày trong quá trình của đảng viên):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notices:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Thông báo:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Member transferred from {cell}, waiting to be accepted: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đảng viên chuyển đến từ {cell}, chờ tiếp nhận: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing new besides the receipt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không có gì mới ngoài giấy báo nhận.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From the province</source>
        <translation>Từ Tỉnh ủy</translation>
    </message>
    <message>
        <source>From the committee</source>
        <translation>Từ Đảng ủy</translation>
    </message>
    <message>
        <source>The province sends back its receipt for this commune&apos;s roll-ups, its notices and the settings it sets for the commune. Put in the USB stick and click “Import from the province…”: PartyDesk shows what the bundle brings before anything is changed.</source>
        <translation>Tỉnh ủy gửi lại xác nhận đã nhận các gói tổng hợp của đảng ủy xã, các thông báo và các thiết lập tỉnh ủy đặt cho đảng ủy xã. Cắm thẻ USB rồi bấm “Nhận gói từ Tỉnh ủy…”: PartyDesk cho xem gói mang những gì trước khi thay đổi bất cứ điều gì.</translation>
    </message>
    <message>
        <source>The committee sends back its receipt, its decisions about this cell&apos;s members, notices and members transferred in. Put in the USB stick and click “Import from the committee…”: PartyDesk shows what the bundle brings before anything is changed.</source>
        <translation>Đảng ủy gửi về giấy báo đã nhận gói, các quyết định về đảng viên của chi bộ, thông báo và đảng viên chuyển đến. Cắm USB và bấm “Nhận gói từ Đảng ủy…”: PartyDesk cho xem gói mang gì trước khi thay đổi bất cứ điều gì.</translation>
    </message>
    <message>
        <source>&amp;Import from the province…</source>
        <translation>&amp;Nhận gói từ Tỉnh ủy…</translation>
    </message>
    <message>
        <source>&amp;Import from the committee…</source>
        <translation>&amp;Nhận gói từ Đảng ủy…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã ghi vào sổ</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>&amp;Open or print the document…</source>
        <translation>&amp;Mở hoặc in tài liệu…</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Thông báo</translation>
    </message>
    <message>
        <source>The province has received roll-up number {number} of {date}; everything up to it is safe there.</source>
        <translation>Tỉnh ủy đã nhận gói tổng hợp số {number} ngày {date}; mọi dữ liệu đến gói đó đã an toàn ở tỉnh ủy.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No: {reason}</source>
        <translation>Không: {reason}</translation>
    </message>
    <message>
        <source>Choose the bundle from the committee</source>
        <translation>Chọn gói của Đảng ủy</translation>
    </message>
    <message>
        <source>PartyDesk bundles (*{suffix});;All files (*)</source>
        <translation>Gói PartyDesk (*{suffix});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <source>Bundle number {number} was already imported; nothing changed.</source>
        <translation>Gói số {number} đã được nhận trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhận</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhận gói…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhận gì.</translation>
    </message>
    <message>
        <source>Imported bundle number {number}: {applied} decisions applied, {refused} kept with the reason, {notices} notices, {transfers} members transferred in waiting.</source>
        <translation>Đã nhận gói số {number}: {applied} quyết định đã ghi vào sổ, {refused} quyết định giữ lại kèm lý do, {notices} thông báo, {transfers} đảng viên chuyển đến đang chờ tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>{count} gradings imported.</source>
        <translation>Đã nhập {count} kết quả xếp loại.</translation>
    </message>
    <message>
        <source>Outstanding: {outstanding}; good: {good}; at most {allowed} allowed.</source>
        <translation>Hoàn thành xuất sắc: {outstanding}; hoàn thành tốt: {good}; được tối đa {allowed}.</translation>
    </message>
    <message>
        <source>The limit is broken: outstanding is more than {share} of good.</source>
        <translation>Vượt tỷ lệ: số hoàn thành xuất sắc nhiều hơn {share} số hoàn thành tốt.</translation>
    </message>
    <message>
        <source>Not graded yet: {missing}; not decided by the committee: {undecided}.</source>
        <translation>Chưa đánh giá: {missing}; chưa có quyết định của cấp ủy: {undecided}.</translation>
    </message>
    <message>
        <source>The year {year} is not a year to grade.</source>
        <translation>Năm {year} không phải năm đánh giá hợp lệ.</translation>
    </message>
    <message>
        <source>The period must be the year or q1 to q4.</source>
        <translation>Kỳ đánh giá phải là cả năm hoặc quý 1 đến quý 4 (q1–q4).</translation>
    </message>
    <message>
        <source>The level must be outstanding, good, completed or not_completed, and the stage self, cell or committee.</source>
        <translation>Mức xếp loại phải là outstanding, good, completed hoặc not_completed; bước phải là self, cell hoặc committee.</translation>
    </message>
    <message>
        <source>A score of {score} does not match the level “{level}” by the rules of {year}.</source>
        <translation>Điểm {score} không khớp với mức “{level}” theo quy định năm {year}.</translation>
    </message>
    <message>
        <source>Gradings are recorded in the cell&apos;s register; the committee sees them when the cell&apos;s bundle arrives.</source>
        <translation>Kết quả xếp loại được ghi trong sổ của chi bộ; cấp ủy xem được khi nhận gói dữ liệu của chi bộ.</translation>
    </message>
    <message>
        <source>The grading round of {year} is closed; nothing can be changed.</source>
        <translation>Đợt đánh giá, xếp loại năm {year} đã kết thúc; không thể thay đổi gì nữa.</translation>
    </message>
    <message>
        <source>There is no member with id {id}.</source>
        <translation>Không có đảng viên nào có mã {id}.</translation>
    </message>
    <message>
        <source>The grading round of {year} is already closed.</source>
        <translation>Đợt đánh giá, xếp loại năm {year} đã kết thúc rồi.</translation>
    </message>
    <message>
        <source>{outstanding} members are graded outstanding, more than the {allowed} allowed ({share} of {good} good). Look again, or close anyway.</source>
        <translation>Có {outstanding} đảng viên hoàn thành xuất sắc nhiệm vụ, nhiều hơn mức tối đa {allowed} ({share} của {good} hoàn thành tốt). Hãy xem lại, hoặc vẫn kết thúc đợt.</translation>
    </message>
    <message>
        <source>{count} members have no grading yet: {names}. Grade them, or close anyway.</source>
        <translation>{count} đảng viên chưa được xếp loại: {names}. Hãy xếp loại, hoặc vẫn kết thúc đợt.</translation>
    </message>
    <message>
        <source>The spreadsheet needs the columns “Năm”, “Xếp loại” and “Số thẻ đảng viên” (or “Họ và tên” with “Ngày sinh”).</source>
        <translation>Bảng tính cần có các cột “Năm”, “Xếp loại” và “Số thẻ đảng viên” (hoặc “Họ và tên” cùng “Ngày sinh”).</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have a wrong or unknown value (row: column): {rows}.</source>
        <translation>Chưa nhập gì: {count} dòng có giá trị sai hoặc không nhận ra (dòng: cột): {rows}.</translation>
    </message>
    <message>
        <source>The year {year} cannot be graded: the grading rules in force then are not in PartyDesk.</source>
        <translation>Không thể đánh giá, xếp loại năm {year}: PartyDesk chưa có quy định về đánh giá, xếp loại có hiệu lực khi đó.</translation>
    </message>
    <message>
        <source>The grading round of quarter {quarter} of {year} is closed; nothing can be changed.</source>
        <translation>Đợt đánh giá, xếp loại quý {quarter} năm {year} đã kết thúc; không thể thay đổi gì nữa.</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Cell&apos;s proposal</source>
        <translation>Chi bộ đề nghị</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>Cấp ủy quyết định</translation>
    </message>
    <message>
        <source>Grading for {year}</source>
        <translation>Xếp loại năm {year}</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>không chấm điểm</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đảng &amp;viên:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Mức xếp loại:</translation>
    </message>
    <message>
        <source>&amp;Score (of 100):</source>
        <translation>Đ&amp;iểm (thang 100):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Bước:</translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation>Đánh giá, xếp loại chất lượng</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Grade a member…</source>
        <translation>&amp;Xếp loại đảng viên…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>Nhập từ &amp;bảng tính…</translation>
    </message>
    <message>
        <source>Grade the ce&amp;ll…</source>
        <translation>Xếp loại &amp;chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Close the round…</source>
        <translation>&amp;Kết thúc đợt…</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Graded {graded} of {to_grade}; not graded yet {missing}; not decided by the committee {undecided}. {shares}</source>
        <translation>Đã xếp loại {graded}/{to_grade}; chưa xếp loại {missing}; chưa có quyết định của cấp ủy {undecided}. {shares}</translation>
    </message>
    <message>
        <source>Outstanding {outstanding} is more than the {allowed} allowed (20 % of {good} good).</source>
        <translation>Hoàn thành xuất sắc {outstanding}, vượt mức tối đa {allowed} (20 % của {good} hoàn thành tốt).</translation>
    </message>
    <message>
        <source>Over the 20 % limit: {cells}</source>
        <translation>Vượt tỷ lệ 20 %: {cells}</translation>
    </message>
    <message>
        <source>The cell&apos;s own grading: {level} ({stage}).</source>
        <translation>Chi bộ xếp loại: {level} ({stage}).</translation>
    </message>
    <message>
        <source>The round is closed.</source>
        <translation>Đợt đánh giá đã kết thúc.</translation>
    </message>
    <message>
        <source>Gradings from a spreadsheet</source>
        <translation>Nhập kết quả xếp loại từ bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>{count} gradings imported.</source>
        <translation>Đã nhập {count} kết quả xếp loại.</translation>
    </message>
    <message>
        <source>Close the grading round of {year}?</source>
        <translation>Kết thúc đợt đánh giá, xếp loại năm {year}?</translation>
    </message>
    <message>
        <source>The limit is broken: {outstanding} outstanding, at most {allowed} allowed (20 % of {good} good). The report will say so.</source>
        <translation>Vượt tỷ lệ: {outstanding} hoàn thành xuất sắc, được tối đa {allowed} (20 % của {good} hoàn thành tốt). Báo cáo sẽ ghi rõ điều này.</translation>
    </message>
    <message>
        <source>{count} members have no grading: {names}</source>
        <translation>{count} đảng viên chưa được xếp loại: {names}</translation>
    </message>
    <message>
        <source>{count} gradings are not decided by the committee yet.</source>
        <translation>{count} kết quả chưa có quyết định của cấp ủy.</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Kết thúc đợt đánh giá</translation>
    </message>
    <message>
        <source>Grading for quarter {quarter} of {year}</source>
        <translation>Xếp loại quý {quarter} năm {year}</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation>Quý {quarter}</translation>
    </message>
    <message>
        <source>A quarter&apos;s grading, where the committee asks for one, is kept apart from the year&apos;s.</source>
        <translation>Đánh giá, xếp loại theo quý (khi cấp ủy cấp trên yêu cầu) được lưu riêng, không tính vào kết quả cả năm.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời kỳ:</translation>
    </message>
    <message>
        <source>A spreadsheet holds a year&apos;s gradings: choose the whole year.</source>
        <translation>Bảng tính chỉ chứa kết quả xếp loại cả năm: hãy chọn “Cả năm”.</translation>
    </message>
    <message>
        <source>Close the grading round of quarter {quarter} of {year}?</source>
        <translation>Kết thúc đợt đánh giá, xếp loại quý {quarter} năm {year}?</translation>
    </message>
    <message>
        <source>Ce&amp;ll:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>You have changed this form. Close it and throw the changes away?</source>
        <translation>Đồng chí đã sửa nội dung trong mẫu này. Đóng lại và bỏ những thay đổi đó?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>PartyDesk user guide</source>
        <translation>Hướng dẫn sử dụng PartyDesk</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu tài liệu hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: only .xlsx and .csv spreadsheets can be used.</source>
        <translation>{file}: chỉ dùng được bảng tính .xlsx và .csv.</translation>
    </message>
    <message>
        <source>{file} cannot be read: it is missing, damaged, or not a spreadsheet.</source>
        <translation>Không đọc được {file}: tệp không tồn tại, bị hỏng hoặc không phải bảng tính.</translation>
    </message>
    <message>
        <source>{file}: no header row with the columns {columns} in its first {rows} rows. Start from the template. Nothing was imported.</source>
        <translation>{file}: trong {rows} dòng đầu không có dòng tiêu đề chứa các cột {columns}. Hãy dùng bảng tính mẫu. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{column} {card} is also on row {row}</source>
        <translation>{column} {card} trùng với dòng {row}</translation>
    </message>
    <message>
        <source>{column} {card} already belongs to a member of the register</source>
        <translation>{column} {card} đã thuộc về một đảng viên trong sổ</translation>
    </message>
    <message>
        <source>{count} rows of {file} have errors; nothing was imported. Correct them, or import only the valid rows.</source>
        <translation>{file} có {count} dòng bị lỗi; chưa nhập gì. Hãy sửa các dòng đó, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Card number {card} was added to the register after the preview; nothing was imported. Preview the file again.</source>
        <translation>Số thẻ {card} vừa được thêm vào sổ sau khi xem trước; chưa nhập gì. Hãy xem trước tệp lại một lần nữa.</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a date (write dd/mm/yyyy)</source>
        <translation>{column}: &quot;{value}&quot; không phải là ngày (ghi theo dạng dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a sex (write Nam or Nữ)</source>
        <translation>{column}: &quot;{value}&quot; không phải giới tính (ghi Nam hoặc Nữ)</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a known status</source>
        <translation>{column}: không có trạng thái &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>thiếu {column}</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a word of the full name</source>
        <translation>{column}: &quot;{value}&quot; không phải là một chữ trong họ và tên</translation>
    </message>
    <message>
        <source>admitted under {age} years old (born {birth}, admitted {admitted})</source>
        <translation>được kết nạp khi chưa đủ {age} tuổi (sinh ngày {birth}, vào Đảng ngày {admitted})</translation>
    </message>
    <message>
        <source>official date {official} is before the admission date {admitted}</source>
        <translation>ngày chính thức {official} trước ngày vào Đảng {admitted}</translation>
    </message>
    <message>
        <source>ceremony date {ceremony} is before the admission date {admitted}</source>
        <translation>ngày làm lễ kết nạp {ceremony} trước ngày vào Đảng {admitted}</translation>
    </message>
    <message>
        <source>an official member needs the official date ({column})</source>
        <translation>đảng viên chính thức phải có ngày chính thức ({column})</translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a way of leaving the party (write xóa tên, khai trừ or xin ra)</source>
        <translation>{column}: &quot;{value}&quot; không phải là một hình thức ra khỏi Đảng (ghi xóa tên, khai trừ hoặc xin ra)</translation>
    </message>
    <message>
        <source>{status} needs its date in the column {column}</source>
        <translation>{status} cần có ngày ở cột {column}</translation>
    </message>
    <message>
        <source>{column} is &quot;{status}&quot; but the dates of the row say &quot;{derived}&quot;</source>
        <translation>{column} ghi &quot;{status}&quot; nhưng các ngày trong dòng cho thấy &quot;{derived}&quot;</translation>
    </message>
    <message>
        <source>{file}: the text encoding is not one PartyDesk reads (UTF-8, UTF-16 or Windows Vietnamese cp1258). Save it again as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>{file}: bảng mã chữ không phải loại PartyDesk đọc được (UTF-8, UTF-16 hoặc tiếng Việt Windows cp1258). Hãy lưu lại dưới dạng &quot;CSV UTF-8&quot; hoặc .xlsx.</translation>
    </message>
    <message>
        <source>{file}: the column &quot;{column}&quot; appears twice in the header row (columns {first} and {second}); remove one. Nothing was imported.</source>
        <translation>{file}: cột &quot;{column}&quot; xuất hiện hai lần ở dòng tiêu đề (cột {first} và cột {second}); hãy bỏ một cột. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{column}: contains control characters (such as NUL); remove them</source>
        <translation>{column}: có ký tự điều khiển (như NUL); hãy xóa chúng</translation>
    </message>
    <message>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: dài quá {limit} ký tự</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>&lt;b&gt;{name} ({sender})&lt;/b&gt;: bundle number {sequence}, made on {made}, {members} members.&lt;br&gt;Changes: {added} members added, {changed} changed, {leaving} leaving.</source>
        <translation>&lt;b&gt;{name} ({sender})&lt;/b&gt;: gói số {sequence}, lập ngày {made}, {members} đảng viên.&lt;br&gt;Thay đổi: thêm {added} đảng viên, sửa {changed}, ra khỏi danh sách {leaving}.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} was already imported; nothing changed.</source>
        <translation>Gói số {sequence} từ {sender} đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{file}: skipped, a newer bundle from {sender} is among these files.</source>
        <translation>{file}: bỏ qua, trong các tệp này có gói mới hơn từ {sender}.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not imported:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không nhập:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This is the first bundle from {sender}. Its key fingerprint is:</source>
        <translation>Đây là gói đầu tiên từ {sender}. Dấu vân tay khóa của gói là:</translation>
    </message>
    <message>
        <source>Telephone the cell&apos;s secretary and ask them to read out the fingerprint shown on their computer (Sync page). Do not trust the cover sheet alone: whoever made the bundle also printed it. Import only if they are the same.</source>
        <translation>Hãy gọi điện cho bí thư chi bộ và đề nghị đọc dấu vân tay hiện trên máy của chi bộ (trang Đồng bộ). Đừng chỉ tin phiếu kèm gói: ai làm ra gói cũng in được phiếu. Chỉ nhập khi hai dấu vân tay giống nhau.</translation>
    </message>
    <message>
        <source>Type the fingerprint the secretary reads out</source>
        <translation>Gõ dấu vân tay bí thư đọc</translation>
    </message>
    <message>
        <source>The fingerprint {sender}&apos;s secretary read out is the same</source>
        <translation>Dấu vân tay bí thư chi bộ {sender} đọc là giống nhau</translation>
    </message>
    <message>
        <source>Warning: this bundle removes {dropped} of the {current} current members of {sender}. Check with the cell before importing it.</source>
        <translation>Cảnh báo: gói này đưa {dropped} trong số {current} đảng viên hiện có của {sender} ra khỏi danh sách. Hãy hỏi lại chi bộ trước khi nhập.</translation>
    </message>
    <message>
        <source>I have checked with {sender}: import the removals</source>
        <translation>Tôi đã hỏi lại {sender}: vẫn nhập</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>This member died on {died}; nothing can be recorded from that date on, except a posthumous party badge.</source>
        <translation>Đảng viên này từ trần ngày {died}; từ ngày đó không ghi thêm được gì, trừ huy hiệu Đảng truy tặng.</translation>
    </message>
    <message>
        <source>{on} is before {last}, the date of the last change recorded for this member. Changes must be recorded in the order they happened.</source>
        <translation>Ngày {on} trước ngày {last}, ngày của thay đổi gần nhất đã ghi cho đảng viên này. Các thay đổi phải được ghi theo đúng thứ tự xảy ra.</translation>
    </message>
    <message>
        <source>This can only be recorded for a current member (probationary or official).</source>
        <translation>Chỉ ghi được việc này cho đảng viên đang sinh hoạt (dự bị hoặc chính thức).</translation>
    </message>
    <message>
        <source>The admission ceremony is held once, after the admission decision or re-admission.</source>
        <translation>Lễ kết nạp chỉ tổ chức một lần, sau quyết định kết nạp hoặc kết nạp lại.</translation>
    </message>
    <message>
        <source>Only a probationary member can be converted to official.</source>
        <translation>Chỉ đảng viên dự bị mới được chuyển chính thức.</translation>
    </message>
    <message>
        <source>Only a member on this cell&apos;s register can be transferred out.</source>
        <translation>Chỉ đảng viên thuộc danh sách của chi bộ mới được chuyển sinh hoạt đi.</translation>
    </message>
    <message>
        <source>Only a member on this cell&apos;s register who is not already away can be transferred out temporarily.</source>
        <translation>Chỉ đảng viên thuộc danh sách của chi bộ và chưa đi vắng mới được chuyển sinh hoạt tạm thời.</translation>
    </message>
    <message>
        <source>Only a member whose official transfer out has been recorded can be received by official transfer.</source>
        <translation>Chỉ tiếp nhận chuyển sinh hoạt chính thức cho đảng viên đã được ghi chuyển sinh hoạt chính thức đi.</translation>
    </message>
    <message>
        <source>Only a current member who is neither away nor already attending temporarily can be received temporarily.</source>
        <translation>Chỉ tiếp nhận sinh hoạt tạm thời cho đảng viên đang sinh hoạt, không đi vắng và chưa sinh hoạt tạm thời.</translation>
    </message>
    <message>
        <source>Only a member temporarily transferred out or attending temporarily can return.</source>
        <translation>Chỉ đảng viên chuyển sinh hoạt tạm thời đi hoặc đang sinh hoạt tạm thời mới có thể trở về.</translation>
    </message>
    <message>
        <source>Only a current member who is not already exempted can be exempted from work and activity.</source>
        <translation>Chỉ đảng viên đang sinh hoạt và chưa được miễn mới được miễn công tác và sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>Only an exempted member can have the exemption ended.</source>
        <translation>Chỉ đảng viên đang được miễn mới có thể kết thúc việc miễn.</translation>
    </message>
    <message>
        <source>Only a person removed, expelled or who left the party can be re-admitted.</source>
        <translation>Chỉ người đã bị xóa tên, khai trừ hoặc ra khỏi Đảng mới có thể được kết nạp lại.</translation>
    </message>
    <message>
        <source>A party card is issued to an official member.</source>
        <translation>Thẻ đảng viên chỉ cấp cho đảng viên chính thức.</translation>
    </message>
    <message>
        <source>A party badge is awarded to an official member, or posthumously.</source>
        <translation>Huy hiệu Đảng được tặng cho đảng viên chính thức, hoặc truy tặng.</translation>
    </message>
    <message>
        <source>This member already has an admission decision; a person who left the party comes back by re-admission.</source>
        <translation>Đảng viên này đã có quyết định kết nạp; người đã ra khỏi Đảng trở lại bằng kết nạp lại.</translation>
    </message>
    <message>
        <source>Nothing can be recorded before the admission decision.</source>
        <translation>Không ghi được gì trước quyết định kết nạp.</translation>
    </message>
    <message>
        <source>The admission ceremony must be held within {days} working days of the decision of {decided}, that is by {deadline}.</source>
        <translation>Lễ kết nạp phải tổ chức trong {days} ngày làm việc kể từ quyết định ngày {decided}, tức là chậm nhất ngày {deadline}.</translation>
    </message>
    <message>
        <source>Record the admission ceremony first: probation counts from the ceremony.</source>
        <translation>Hãy ghi lễ kết nạp trước: thời gian dự bị tính từ ngày kết nạp.</translation>
    </message>
    <message>
        <source>Probation lasts {months} months from the admission ceremony of {ceremony}; conversion is possible from {ends}.</source>
        <translation>Thời gian dự bị là {months} tháng kể từ lễ kết nạp ngày {ceremony}; có thể chuyển chính thức từ ngày {ends}.</translation>
    </message>
    <message>
        <source>Re-admission is possible {months} months after leaving the party on {left}, that is from {earliest}.</source>
        <translation>Chỉ được kết nạp lại sau {months} tháng kể từ khi ra khỏi Đảng ngày {left}, tức là từ ngày {earliest}.</translation>
    </message>
    <message>
        <source>A probationary member can only be reprimanded or warned, not expelled. An unfit probationer is removed from the list.</source>
        <translation>Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo, không bị khai trừ. Đảng viên dự bị không đủ tư cách thì bị xóa tên.</translation>
    </message>
    <message>
        <source>No further party badge is due for this member.</source>
        <translation>Đảng viên này không còn mốc huy hiệu Đảng nào.</translation>
    </message>
    <message>
        <source>No party badge is due on {on}: the {years}-year badge is due on {due}.</source>
        <translation>Ngày {on} chưa đến hạn huy hiệu Đảng: huy hiệu {years} năm tuổi Đảng đến hạn ngày {due}.</translation>
    </message>
    <message>
        <source>Expulsion is recorded as its own event, not as a discipline level.</source>
        <translation>Khai trừ được ghi thành một sự kiện riêng, không ghi như một hình thức kỷ luật.</translation>
    </message>
    <message>
        <source>A probationary member can only be reprimanded or warned.</source>
        <translation>Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo.</translation>
    </message>
    <message>
        <source>Enter the party card number.</source>
        <translation>Hãy nhập số thẻ đảng viên.</translation>
    </message>
    <message>
        <source>Party card number {number} already belongs to another member.</source>
        <translation>Số thẻ đảng viên {number} đã thuộc về đảng viên khác.</translation>
    </message>
    <message>
        <source>There is no {years}-year party badge.</source>
        <translation>Không có huy hiệu {years} năm tuổi Đảng.</translation>
    </message>
    <message>
        <source>This member already has the {awarded}-year party badge.</source>
        <translation>Đảng viên này đã có huy hiệu {awarded} năm tuổi Đảng.</translation>
    </message>
    <message>
        <source>Posthumously only the {first}-year party badge is awarded, to a member who died with at least {min_years} years of party age.</source>
        <translation>Chỉ truy tặng huy hiệu {first} năm tuổi Đảng, cho đảng viên từ trần khi có ít nhất {min_years} năm tuổi Đảng.</translation>
    </message>
    <message>
        <source>On {on} the party age is {age_years} years {age_months} months; the {years}-year badge needs {years} years (up to {early} months less for a gravely ill member).</source>
        <translation>Ngày {on} tuổi Đảng là {age_years} năm {age_months} tháng; huy hiệu {years} năm cần đủ {years} năm tuổi Đảng (đảng viên ốm nặng được sớm tối đa {early} tháng).</translation>
    </message>
    <message>
        <source>A grading for {year} cannot be recorded on {on}: the year must be between the admission year {admitted} and the year of the record.</source>
        <translation>Không thể ghi xếp loại năm {year} vào ngày {on}: năm xếp loại phải từ năm kết nạp {admitted} đến năm ghi nhận.</translation>
    </message>
    <message>
        <source>This member already has a grading for {year}.</source>
        <translation>Đảng viên này đã có xếp loại năm {year}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About PartyDesk</source>
        <translation>&amp;Giới thiệu PartyDesk</translation>
    </message>
    <message>
        <source>The passphrase was changed: the register, its backups and the private keys now open only with the new one.</source>
        <translation>Đã đổi mật khẩu: từ nay sổ, các bản sao lưu và khóa riêng chỉ mở được bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>{count} backups could not be opened with the old passphrase and were left as they were.</source>
        <translation>Có {count} bản sao lưu không mở được bằng mật khẩu cũ nên được để nguyên.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Đã đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>A meeting must end after it starts ({start} to {end}).</source>
        <translation>Giờ kết thúc cuộc họp phải sau giờ bắt đầu ({start} đến {end}).</translation>
    </message>
    <message>
        <source>The meeting lasted {lasted} minutes; this kind of meeting should last at least {minimum} minutes.</source>
        <translation>Cuộc họp kéo dài {lasted} phút; loại sinh hoạt này cần ít nhất {minimum} phút.</translation>
    </message>
    <message>
        <source>Quarter {quarter}/{year} has {held} thematic meeting(s); at least {required} a quarter are required.</source>
        <translation>Quý {quarter}/{year} có {held} buổi sinh hoạt chuyên đề; mỗi quý cần ít nhất {required} buổi.</translation>
    </message>
    <message>
        <source>These minutes were read back and signed, so they cannot be changed; add a dated amendment instead.</source>
        <translation>Biên bản này đã được thông qua và ký nên không thể sửa; hãy thêm một bản đính chính có ghi ngày.</translation>
    </message>
    <message>
        <source>An amendment needs its text and the name of who made it.</source>
        <translation>Bản đính chính cần có nội dung và họ tên người đính chính.</translation>
    </message>
    <message>
        <source>Draft minutes are corrected directly; amendments are for signed minutes.</source>
        <translation>Biên bản nháp được sửa trực tiếp; đính chính chỉ dành cho biên bản đã ký.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated {date}, before the minutes were signed on {signed}.</source>
        <translation>Bản đính chính không thể ghi ngày {date}, trước ngày biên bản được ký ({signed}).</translation>
    </message>
    <message>
        <source>Monthly regular meeting</source>
        <translation>Sinh hoạt chi bộ thường kỳ</translation>
    </message>
    <message>
        <source>Thematic meeting</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Regular meeting with a thematic session</source>
        <translation>Sinh hoạt thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Sinh hoạt bất thường</translation>
    </message>
    <message>
        <source>Cell committee meeting</source>
        <translation>Họp chi ủy</translation>
    </message>
    <message>
        <source>Cell congress</source>
        <translation>Đại hội chi bộ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>Không có buổi sinh hoạt nào có mã {id}.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Nội dung sinh hoạt cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A speech needs the speaker&apos;s name and what was said.</source>
        <translation>Ý kiến phát biểu cần có tên người phát biểu và nội dung.</translation>
    </message>
    <message>
        <source>That agenda item belongs to another meeting.</source>
        <translation>Nội dung này thuộc một buổi sinh hoạt khác.</translation>
    </message>
    <message>
        <source>There is no agenda item with id {id}.</source>
        <translation>Không có nội dung sinh hoạt nào có mã {id}.</translation>
    </message>
    <message>
        <source>There is no member with id {id} on the register.</source>
        <translation>Không có đảng viên nào có mã {id} trong sổ.</translation>
    </message>
    <message>
        <source>That person is not on this meeting&apos;s attendance list.</source>
        <translation>Người này không có trong danh sách dự buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Record when the meeting ended before signing the minutes.</source>
        <translation>Hãy ghi giờ kết thúc buổi sinh hoạt trước khi ký biên bản.</translation>
    </message>
    <message>
        <source>The minutes need the chair and the minute-taker.</source>
        <translation>Biên bản cần có người chủ trì và thư ký.</translation>
    </message>
    <message>
        <source>The minutes have no attendance list.</source>
        <translation>Biên bản chưa có danh sách đảng viên dự họp.</translation>
    </message>
    <message>
        <source>Minutes cannot be signed before the meeting was held.</source>
        <translation>Không thể ký biên bản trước ngày sinh hoạt.</translation>
    </message>
    <message>
        <source>{name} chairs or takes the minutes, so must be marked present.</source>
        <translation>{name} là người chủ trì hoặc thư ký nên phải được ghi là có mặt.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Sinh hoạt bình thường</translation>
    </message>
    <message>
        <source>Exempted</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Temporarily away</source>
        <translation>Chuyển sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <source>Attending temporarily</source>
        <translation>Sinh hoạt tạm thời tại chi bộ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>Prosecuted or detained</source>
        <translation>Bị khởi tố, truy tố, tạm giam</translation>
    </message>
    <message>
        <source>Excused for the meeting</source>
        <translation>Được miễn dự cả buổi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>&amp;Add someone attending temporarily…</source>
        <translation>&amp;Thêm đảng viên sinh hoạt tạm thời…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đảng &amp;viên:</translation>
    </message>
    <message>
        <source>Record a vote</source>
        <translation>Ghi kết quả biểu quyết</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Tán thành:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Không tán thành:</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>Không &amp;biểu quyết:</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>(không về đảng viên nào)</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Loại quyết định:</translation>
    </message>
    <message>
        <source>&amp;Question put to the vote:</source>
        <translation>&amp;Vấn đề biểu quyết:</translation>
    </message>
    <message>
        <source>About &amp;member:</source>
        <translation>Về đảng &amp;viên:</translation>
    </message>
    <message>
        <source>Items and votes</source>
        <translation>Nội dung sinh hoạt và biểu quyết</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Các nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Thêm &amp;nội dung…</translation>
    </message>
    <message>
        <source>Add &amp;speech…</source>
        <translation>Thêm ý &amp;kiến phát biểu…</translation>
    </message>
    <message>
        <source>&amp;Conclusion…</source>
        <translation>&amp;Kết luận…</translation>
    </message>
    <message>
        <source>Record a &amp;vote…</source>
        <translation>Ghi &amp;biểu quyết…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Chưa có nội dung sinh hoạt nào.</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Kết luận:</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Người phát biểu:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Nội &amp;dung phát biểu:</translation>
    </message>
    <message>
        <source>Chair&apos;s conclusion</source>
        <translation>Kết luận của chủ trì</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Thông tin buổi sinh hoạt</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Buổi sinh hoạt mới</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Kết thúc lúc:</translation>
    </message>
    <message>
        <source>One guest a line, with post</source>
        <translation>Mỗi dòng một khách mời, kèm chức vụ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa điể&amp;m:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Mục đí&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>Chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Thư ký:</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>Khách &amp;mời:</translation>
    </message>
    <message>
        <source>Read back and sign</source>
        <translation>Đọc lại và ký biên bản</translation>
    </message>
    <message>
        <source>Read the minutes back to the meeting before signing. Signed minutes can never be changed again; a correction is then a dated amendment.</source>
        <translation>Đọc lại biên bản trước hội nghị rồi mới ký. Biên bản đã ký thì không bao giờ sửa được nữa; khi cần sửa thì lập bản đính chính có ghi ngày.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Ký ngày:</translation>
    </message>
    <message>
        <source>Amendment to signed minutes</source>
        <translation>Đính chính biên bản đã ký</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Nội dung đính chính:</translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation>&amp;Người đính chính:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation>Thông báo sinh hoạt</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên dự họp</translation>
    </message>
    <message>
        <source>Cell meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Buổi sinh hoạt &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Thông tin…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>Đ&amp;iểm danh…</translation>
    </message>
    <message>
        <source>&amp;Items and votes…</source>
        <translation>&amp;Nội dung, biểu quyết…</translation>
    </message>
    <message>
        <source>&amp;Read back and sign…</source>
        <translation>Đọc &amp;lại và ký…</translation>
    </message>
    <message>
        <source>A&amp;mendment…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <source>Preview mi&amp;nutes</source>
        <translation>Xem &amp;biên bản</translation>
    </message>
    <message>
        <source>Preview no&amp;tice</source>
        <translation>Xem thông b&amp;áo</translation>
    </message>
    <message>
        <source>Preview si&amp;gn-in sheet</source>
        <translation>Xem danh sách &amp;ký tên</translation>
    </message>
    <message>
        <source>Minutes {number}, signed on {day}.</source>
        <translation>Biên bản số {number}, ký ngày {day}.</translation>
    </message>
    <message>
        <source>Draft: not yet read back and signed.</source>
        <translation>Dự thảo: chưa đọc lại và ký.</translation>
    </message>
    <message>
        <source>Amendments: {count}.</source>
        <translation>Số lần đính chính: {count}.</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Không thuộc diện dự họp</translation>
    </message>
    <message>
        <source>{standing} (not counted as absent)</source>
        <translation>{standing} (không tính là vắng)</translation>
    </message>
    <message>
        <source>A&amp;genda items:</source>
        <translation>&amp;Các nội dung:</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển sinh hoạt đi</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Bị khai trừ</translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation>Đã ra khỏi Đảng</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Đã từ trần</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Quá trình</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>Sửa lý lịch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Admitted (decision)</source>
        <translation>Ngày vào Đảng (quyết định)</translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation>Lễ kết nạp</translation>
    </message>
    <message>
        <source>Official since</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>party age {years} years {months} months</source>
        <translation>tuổi Đảng {years} năm {months} tháng</translation>
    </message>
    <message>
        <source>Admitted (decision):</source>
        <translation>Ngày vào Đảng (quyết định):</translation>
    </message>
    <message>
        <source>Admission ceremony:</source>
        <translation>Ngày lễ kết nạp:</translation>
    </message>
    <message>
        <source>Official since:</source>
        <translation>Ngày chính thức:</translation>
    </message>
    <message>
        <source>{level}: {reason} (decision {number} of {day}, {body})</source>
        <translation>{level}: {reason} (quyết định số {number} ngày {day}, {body})</translation>
    </message>
    <message>
        <source>Record an e&amp;vent…</source>
        <translation>&amp;Ghi nhận…</translation>
    </message>
    <message>
        <source>Defer a discipline case…</source>
        <translation>Tạm hoãn xem xét kỷ luật…</translation>
    </message>
    <message>
        <source>Defer a discipline case</source>
        <translation>Tạm hoãn xem xét kỷ luật</translation>
    </message>
    <message>
        <source>&amp;Because of:</source>
        <translation>&amp;Vì:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Gi&amp;ven name (for sorting):</source>
        <translation>Tên gọi (để sắp &amp;xếp):</translation>
    </message>
    <message>
        <source>Birth &amp;name:</source>
        <translation>Họ tên &amp;khai sinh:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>&amp;Religion:</source>
        <translation>&amp;Tôn giáo:</translation>
    </message>
    <message>
        <source>&amp;Home town:</source>
        <translation>&amp;Quê quán:</translation>
    </message>
    <message>
        <source>Resi&amp;dence:</source>
        <translation>&amp;Nơi ở hiện nay:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện &amp;thoại:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>Giáo dục &amp;phổ thông:</translation>
    </message>
    <message>
        <source>Professional &amp;level:</source>
        <translation>Chuyên &amp;môn:</translation>
    </message>
    <message>
        <source>Political theor&amp;y:</source>
        <translation>&amp;Lý luận chính trị:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Ng&amp;oại ngữ:</translation>
    </message>
    <message>
        <source>Occupation &amp;before joining:</source>
        <translation>Nghề nghiệp khi &amp;vào Đảng:</translation>
    </message>
    <message>
        <source>Occupation &amp;now:</source>
        <translation>Nghề nghiệp hiện n&amp;ay:</translation>
    </message>
    <message>
        <source>&amp;Army, police, retired:</source>
        <translation>Quân nhân, công &amp;an, nghỉ hưu:</translation>
    </message>
    <message>
        <source>Party &amp;card number:</source>
        <translation>Số &amp;thẻ đảng viên:</translation>
    </message>
    <message>
        <source>Member &amp;history number:</source>
        <translation>Số &amp;lý lịch đảng viên:</translation>
    </message>
    <message>
        <source>Badge n&amp;umber:</source>
        <translation>Số &amp;huy hiệu Đảng:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Đảng viên mới</translation>
    </message>
    <message>
        <source>Edit the record of {name}</source>
        <translation>Sửa lý lịch của {name}</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Bản thân</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Trình độ và nghề nghiệp</translation>
    </message>
    <message>
        <source>Admission and numbers</source>
        <translation>Kết nạp và các số hiệu</translation>
    </message>
    <message>
        <source>Card, history and badge numbers</source>
        <translation>Số thẻ, số lý lịch, số huy hiệu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The word of the full name the register files this member under; usually the last word, but e.g. Bih in the Ê Đê name Y Bih Niê.</source>
        <translation>Chữ trong họ và tên dùng để sắp xếp đảng viên trong danh sách; thường là chữ cuối cùng, nhưng ví dụ với tên người Ê Đê Y Bih Niê thì là Bih.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Admission &amp;decision of:</source>
        <translation>&amp;Quyết định kết nạp ngày:</translation>
    </message>
    <message>
        <source>Ceremony &amp;held on:</source>
        <translation>Đã làm lễ kết nạp &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
</context>
<context>
    <name>MemberShow</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Nơi ở hiện nay</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation>Ngày làm lễ kết nạp</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Quá trình sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Actions allowed now</source>
        <translation>Việc có thể ghi nhận lúc này</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Nguồn ghi</translation>
    </message>
    <message>
        <source>{cell}, its bundle number {sequence} of {date}, key {fingerprint}</source>
        <translation>{cell}, gói số {sequence} ngày {date}, khóa {fingerprint}</translation>
    </message>
    <message>
        <source>— through the roll-up number {sequence} of {commune} of {date}, key {fingerprint}</source>
        <translation>— qua gói tổng hợp số {sequence} của {commune} ngày {date}, khóa {fingerprint}</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>There is no member with the id {id} in this register.</source>
        <translation>Trong sổ không có đảng viên nào có mã {id}.</translation>
    </message>
    <message>
        <source>Card number {card} already belongs to {owner}; card numbers must be unique. Nothing was saved.</source>
        <translation>Số thẻ {card} đã cấp cho {owner}; mỗi số thẻ đảng viên chỉ được dùng một lần. Chưa lưu được gì.</translation>
    </message>
    <message>
        <source>A member needs a full name. Nothing was saved.</source>
        <translation>Đảng viên phải có họ và tên. Chưa lưu được gì.</translation>
    </message>
    <message>
        <source>This member is no longer in the register. Nothing was saved.</source>
        <translation>Đảng viên này không còn trong sổ. Chưa lưu được gì.</translation>
    </message>
    <message>
        <source>“{given}” is not a word of the name “{name}”: the name a member is filed under must be one of the words of the full name. Nothing was saved.</source>
        <translation>“{given}” không phải là một chữ trong họ và tên “{name}”: tên gọi dùng để sắp xếp phải là một chữ trong họ và tên. Chưa lưu được gì.</translation>
    </message>
    <message>
        <source>No member has the id or card number {member}. Nothing was saved.</source>
        <translation>Không có đảng viên nào có mã hoặc số thẻ {member}. Chưa lưu được gì.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Search by name, with or without accents</source>
        <translation>Tìm theo họ tên, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Exempt from work and activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Temporarily away</source>
        <translation>Chuyển sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>Đảng viên &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất ra bảng tính…</translation>
    </message>
    <message>
        <source>Blank &amp;template…</source>
        <translation>Bảng tính &amp;mẫu…</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <source>Importing {count} members…</source>
        <translation>Đang nhập {count} đảng viên…</translation>
    </message>
    <message>
        <source>Valid rows: {valid}. Rows with errors: {bad}.</source>
        <translation>Số dòng hợp lệ: {valid}. Số dòng có lỗi: {bad}.</translation>
    </message>
    <message>
        <source>Import only the valid rows? Rows with errors are left out.</source>
        <translation>Chỉ nhập các dòng hợp lệ? Các dòng có lỗi sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Không có dòng nào nhập được.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Xuất danh sách đảng viên</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Bảng tính mẫu</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Conversion to official: {name}, probation ends {due}</source>
        <translation>Chuyển chính thức: {name}, hết thời gian dự bị ngày {due}</translation>
    </message>
    <message>
        <source>Admission ceremony: {name}, by {due}</source>
        <translation>Lễ kết nạp: {name}, chậm nhất ngày {due}</translation>
    </message>
    <message>
        <source>{years}-year party badge: {name}, due {due}</source>
        <translation>Huy hiệu {years} năm tuổi Đảng: {name}, đến hạn ngày {due}</translation>
    </message>
    <message>
        <source>Awareness certificate of {name} expires {due}</source>
        <translation>Giấy chứng nhận học lớp nhận thức về Đảng của {name} hết hạn ngày {due}</translation>
    </message>
    <message>
        <source>Task of resolution {document}: {name}, deadline {due}</source>
        <translation>Nhiệm vụ theo nghị quyết {document}: {name}, hạn {due}</translation>
    </message>
    <message>
        <source>OVERDUE — {reminder}</source>
        <translation>QUÁ HẠN — {reminder}</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Higher committee:</source>
        <translation>Cấp ủy cấp trên:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Nhiệm kỳ:</translation>
    </message>
    <message>
        <source>Official members:</source>
        <translation>Đảng viên chính thức:</translation>
    </message>
    <message>
        <source>Probationary members:</source>
        <translation>Đảng viên dự bị:</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Đang tính toán…</translation>
    </message>
    <message>
        <source>Nothing is due in the coming months.</source>
        <translation>Những tháng tới không có việc nào đến hạn.</translation>
    </message>
    <message>
        <source>The reminders could not be worked out.</source>
        <translation>Không tính được các việc cần làm.</translation>
    </message>
    <message>
        <source>Party dues: {name} has {years} unpaid months this year</source>
        <translation>Đảng phí: {name} chưa đóng {years} tháng trong năm</translation>
    </message>
    <message>
        <source>Party dues: {name} has {years} unpaid months this year — for the cell to consider (the Charter&apos;s rule on unpaid dues)</source>
        <translation>Đảng phí: {name} chưa đóng {years} tháng trong năm — chi bộ xem xét (theo quy định của Điều lệ về việc không đóng đảng phí)</translation>
    </message>
    <message>
        <source>No meeting recorded this month: record this month&apos;s meeting by {due}</source>
        <translation>Tháng này chưa ghi buổi sinh hoạt chi bộ nào: cần ghi trước ngày {due}</translation>
    </message>
    <message>
        <source>{name} may appeal the discipline until {due}</source>
        <translation>Hạn khiếu nại kỷ luật của đồng chí {name}: đến ngày {due}</translation>
    </message>
    <message>
        <source>Discipline of {name} deferred ({case}) until {due}: consider it then</source>
        <translation>Việc xem xét kỷ luật đồng chí {name} đang tạm hoãn ({case}) đến ngày {due}: khi đó cần xem xét</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Trong tháng này</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last bundle:</source>
        <translation>Từ lần gửi gói dữ liệu gần nhất:</translation>
    </message>
    <message>
        <source>Click or press Enter to deal with it</source>
        <translation>Bấm chuột hoặc nhấn Enter để xử lý</translation>
    </message>
    <message>
        <source>Transfer of {name}: start it by {due} (the rule&apos;s working days after the move)</source>
        <translation>Chuyển sinh hoạt đảng của {name}: phải làm thủ tục trước ngày {due} (số ngày làm việc theo quy định kể từ khi chuyển công tác)</translation>
    </message>
    <message>
        <source>Transfer of {name}: the letter should be presented at the new place by {due}</source>
        <translation>Chuyển sinh hoạt đảng của {name}: giấy giới thiệu phải được trình ở nơi đến trước ngày {due}</translation>
    </message>
    <message>
        <source>{name}, transferred from {case}: accept by {due}</source>
        <translation>{name}, chuyển đến từ {case}: tiếp nhận trước ngày {due}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Higher committee</source>
        <translation>Cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>This section is not available yet in this version.</source>
        <translation>Mục này chưa có trong phiên bản này.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Changes the size of all text at once; remembered for the next start.</source>
        <translation>Đổi cỡ chữ của mọi màn hình ngay lập tức; lần mở sau vẫn giữ.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe, away from the computer. Nobody can recover a lost passphrase, not even the people who made PartyDesk: without it the register cannot be opened, and the only way back is to restore it from the copy held by the higher committee.</source>
        <translation>Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn, tách khỏi máy tính. Không ai lấy lại được mật khẩu đã quên, kể cả người làm ra PartyDesk: không có mật khẩu thì không mở được sổ, và cách duy nhất là khôi phục sổ từ bản sao do cấp ủy cấp trên giữ.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>&amp;Gõ lại mật khẩu:</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Mở sổ</translation>
    </message>
    <message>
        <source>The register is encrypted. Type its passphrase to open it.</source>
        <translation>Sổ đã được mã hóa. Hãy gõ mật khẩu để mở sổ.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Thư mục dữ liệu: {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Close PartyDesk</source>
        <translation>Đó&amp;ng PartyDesk</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Hãy gõ mật khẩu trước.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check the keyboard language (Vietnamese or not) and Caps Lock, then try again: {count} tries left.</source>
        <translation>Mật khẩu không đúng. Hãy kiểm tra chế độ gõ (tiếng Việt hay không) và phím Caps Lock, rồi thử lại: còn {count} lần thử.</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times. PartyDesk will close now; nothing in the register was changed. Start it again to try once more.</source>
        <translation>Đã gõ sai mật khẩu ba lần. PartyDesk sẽ đóng lại; sổ không bị thay đổi gì. Hãy mở lại PartyDesk để thử lần nữa.</translation>
    </message>
    <message>
        <source>Protect the register</source>
        <translation>Bảo vệ sổ</translation>
    </message>
    <message>
        <source>From this version on, the register is encrypted so that a lost or stolen computer does not give away the members&apos; records. Choose a passphrase; a backup is made first, then the register is encrypted.</source>
        <translation>Từ phiên bản này, sổ được mã hóa để máy tính bị mất hoặc bị lấy cắp cũng không làm lộ hồ sơ đảng viên. Hãy chọn mật khẩu; PartyDesk sẽ sao lưu sổ trước, rồi mới mã hóa.</translation>
    </message>
    <message>
        <source>&amp;Encrypt the register</source>
        <translation>Mã &amp;hóa sổ</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>The register, its backups and the private keys are all encrypted again under the new passphrase; the old one no longer opens any of them. Copies already given to the committee are not affected.</source>
        <translation>Sổ, các bản sao lưu và khóa riêng đều được mã hóa lại bằng mật khẩu mới; mật khẩu cũ không mở được thứ nào nữa. Các bản đã gửi cấp ủy không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Đổ&amp;i</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu một bản…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu một bản</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>no screen to open the window on (DISPLAY is not set). Start PartyDesk from the desktop, or use its commands (partydesk --help).</source>
        <translation>không có màn hình để mở cửa sổ (chưa đặt DISPLAY). Hãy mở PartyDesk từ màn hình desktop, hoặc dùng các lệnh của nó (partydesk --help).</translation>
    </message>
    <message>
        <source>the window cannot open because system libraries are missing. Install them with:
  sudo apt install {packages}</source>
        <translation>không mở được cửa sổ vì máy thiếu thư viện hệ thống. Hãy cài bằng lệnh:
  sudo apt install {packages}</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Written by {cell} ({code}) in its bundle number {sequence} of {date}, signed by the key {fingerprint}.</source>
        <translation>Do {cell} ({code}) ghi, trong gói số {sequence} ngày {date}, ký bằng khóa {fingerprint}.</translation>
    </message>
    <message>
        <source>Carried by the roll-up number {sequence} of {commune} ({code}) of {date}, signed by the key {fingerprint}.</source>
        <translation>Chuyển lên qua gói tổng hợp số {sequence} của {commune} ({code}) ngày {date}, ký bằng khóa {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>“{text}” is not the next page of a list of members: give the “next” of the page before.</source>
        <translation>“{text}” không phải là trang tiếp theo của một danh sách đảng viên: hãy dùng giá trị “next” của trang trước.</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>At the year&apos;s start</source>
        <translation>Đầu năm</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ra khỏi Đảng</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>Phải đánh giá</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>HTXSNV</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>HTTNV</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>HTNV</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Không HTNV</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Chưa gửi báo cáo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>{number} · {day}</source>
        <translation>{number} · {day}</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Các đảng bộ xã</translation>
    </message>
    <message>
        <source>&amp;Communes</source>
        <translation>&amp;Các xã</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Thống kê</translation>
    </message>
    <message>
        <source>&amp;Grading</source>
        <translation>Đánh giá &amp;xếp loại</translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation>Tất cả đảng &amp;viên</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s).</source>
        <translation>
            <numerusform>%n đảng bộ xã.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported: {communes}.</source>
        <translation>Chưa gửi báo cáo: {communes}.</translation>
    </message>
    <message>
        <source>Every commune has reported.</source>
        <translation>Tất cả các xã đã gửi báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not reported.</source>
        <translation>
            <numerusform>%n chi bộ chưa gửi báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>Tính đến ngày {day}.</translation>
    </message>
    <message>
        <source>The statistics could not be worked out: {why}</source>
        <translation>Không lập được số liệu thống kê: {why}</translation>
    </message>
</context>
<context>
    <name>ProvinceRegister</name>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <source>Members shown: {count}</source>
        <translation>Số đảng viên đang hiển thị: {count}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No statistics can be made as of {day}: the rules in force then are not in PartyDesk.</source>
        <translation>Không thể lập báo cáo thống kê tính đến ngày {day}: PartyDesk chưa có các quy định có hiệu lực khi đó.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports and documents</source>
        <translation>Báo cáo và văn bản</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Danh sách đảng viên</translation>
    </message>
    <message>
        <source>Preparing {what}…</source>
        <translation>Đang chuẩn bị {what}…</translation>
    </message>
    <message>
        <source>&amp;Member list (danh sách đảng viên)…</source>
        <translation>&amp;Danh sách đảng viên…</translation>
    </message>
    <message>
        <source>Member list &amp;book, mẫu 7-HSĐV (sổ danh sách đảng viên)…</source>
        <translation>&amp;Sổ danh sách đảng viên (mẫu 7-HSĐV)…</translation>
    </message>
    <message>
        <source>&amp;Transfer book (sổ giới thiệu sinh hoạt đảng)…</source>
        <translation>Sổ &amp;giới thiệu sinh hoạt đảng…</translation>
    </message>
    <message>
        <source>Transfer &amp;letter (giấy giới thiệu sinh hoạt đảng)…</source>
        <translation>Giấy giới thiệu sinh hoạt đảng (&amp;chuyển đi)…</translation>
    </message>
    <message>
        <source>Member list book</source>
        <translation>Sổ danh sách đảng viên</translation>
    </message>
    <message>
        <source>Transfer book</source>
        <translation>Sổ giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>No member has a transfer out recorded.</source>
        <translation>Chưa có đảng viên nào được ghi chuyển sinh hoạt đi.</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Member transferred out:</source>
        <translation>Đảng viên chuyển sinh hoạt đi:</translation>
    </message>
    <message>
        <source>&amp;Grading report {year}…</source>
        <translation>Báo cáo &amp;xếp loại năm {year}…</translation>
    </message>
    <message>
        <source>&amp;Export the year&apos;s tables to a spreadsheet…</source>
        <translation>&amp;Xuất các bảng số liệu năm ra bảng tính…</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>Grading report</source>
        <translation>Báo cáo xếp loại</translation>
    </message>
    <message>
        <source>Export the year&apos;s tables</source>
        <translation>Xuất các bảng số liệu năm</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời kỳ:</translation>
    </message>
    <message>
        <source>Admission &amp;targets…</source>
        <translation>&amp;Chỉ tiêu kết nạp…</translation>
    </message>
    <message>
        <source>&amp;Statistics report as of {day}…</source>
        <translation>Báo cáo &amp;thống kê đến {day}…</translation>
    </message>
    <message>
        <source>&amp;Grading report, quarter {quarter} of {year}…</source>
        <translation>Báo cáo &amp;xếp loại quý {quarter} năm {year}…</translation>
    </message>
    <message>
        <source>Admission targets of {year}</source>
        <translation>Chỉ tiêu kết nạp đảng viên năm {year}</translation>
    </message>
    <message>
        <source>Target for:</source>
        <translation>Chỉ tiêu của:</translation>
    </message>
    <message>
        <source>Members to admit in {year}, {name}:</source>
        <translation>Số đảng viên kết nạp trong năm {year}, {name}:</translation>
    </message>
    <message>
        <source>Target recorded: {name}, {year}: {count} admissions.</source>
        <translation>Đã ghi chỉ tiêu: {name}, năm {year}: kết nạp {count} đảng viên.</translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Việc chưa xong</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Tiến độ gần nhất</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Tasks of the resolution:</source>
        <translation>Nhiệm vụ của nghị quyết:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu đã &amp;xong…</translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation>Ghi &amp;tiến độ…</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>xong ngày {day}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang làm</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Nhiệm vụ đã xong</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Xong &amp;ngày:</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Ghi tiến độ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Resolution {number}</source>
        <translation>Nghị quyết {number}</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>The roll-up from {commune} was refused because of the bundle of its cell {cell}: {reason}</source>
        <translation>Gói tổng hợp từ {commune} bị từ chối vì gói của chi bộ {cell}: {reason}</translation>
    </message>
    <message>
        <source>This committee was not enrolled by a higher committee, so it has no province to send a roll-up to. Ask the province for an enrolment file (partydesk accept-enrollment FILE).</source>
        <translation>Đảng ủy này chưa được cấp trên đăng ký nên chưa có tỉnh ủy để gửi gói tổng hợp. Hãy xin tỉnh ủy tệp đăng ký (partydesk accept-enrollment TỆP).</translation>
    </message>
    <message>
        <source>No cell&apos;s bundle held here has a member with the id {id}.</source>
        <translation>Không gói chi bộ nào đang lưu ở đây có đảng viên mang mã {id}.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>{source}, in force since {since}</source>
        <translation>{source}, có hiệu lực từ {since}</translation>
    </message>
    <message>
        <source>{source} (not yet confirmed), since {since}</source>
        <translation>{source} (chưa được xác nhận), từ {since}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Communes</source>
        <translation>Các đảng bộ xã</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Các chi bộ</translation>
    </message>
    <message>
        <source>The cells this committee has enrolled, each with its last bundle, and the consolidated register of all their members.</source>
        <translation>Các chi bộ trực thuộc đã đăng ký, gói dữ liệu mới nhất của từng chi bộ, và danh sách tổng hợp đảng viên của tất cả các chi bộ.</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>The register of members and every step of their life in the party: admission, probation, conversion, transfers, exemption, discipline, badges, grading. Search by name without accents; import and export spreadsheets.</source>
        <translation>Sổ đảng viên và mọi bước trong quá trình sinh hoạt đảng: kết nạp, dự bị, chuyển chính thức, chuyển sinh hoạt, miễn công tác, kỷ luật, huy hiệu, đánh giá xếp loại. Tìm theo tên không cần gõ dấu; nhập và xuất bảng tính.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Quần chúng ưu tú</translation>
    </message>
    <message>
        <source>Outstanding non-members the cell is preparing for admission: awareness-class certificate, sponsors, application and the cell&apos;s resolution.</source>
        <translation>Quần chúng ưu tú chi bộ đang bồi dưỡng để kết nạp: giấy chứng nhận học lớp nhận thức về Đảng, người giới thiệu, đơn xin vào Đảng và nghị quyết của chi bộ.</translation>
    </message>
    <message>
        <source>Cell meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Monthly and thematic meetings: attendance, speakers, votes and the printed minutes.</source>
        <translation>Sinh hoạt thường kỳ và chuyên đề: điểm danh, ý kiến phát biểu, biểu quyết và biên bản in.</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Resolutions and other documents of the cell, numbered per type over the term, with their tasks and deadlines.</source>
        <translation>Nghị quyết và các văn bản khác của chi bộ, đánh số theo từng loại trong nhiệm kỳ, kèm nhiệm vụ và thời hạn.</translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>Monthly dues of each member, arrears, and the dues report for the higher committee.</source>
        <translation>Đảng phí hằng tháng của từng đảng viên, số còn nợ, và báo cáo thu nộp đảng phí gửi cấp trên.</translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation>Đánh giá xếp loại</translation>
    </message>
    <message>
        <source>The yearly quality grading of each member and of the cell.</source>
        <translation>Đánh giá, xếp loại chất lượng hằng năm của đảng viên và của chi bộ.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Monthly, quarterly and yearly reports and statistics for the higher committee.</source>
        <translation>Báo cáo tháng, quý, năm và số liệu thống kê gửi cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Signed, encrypted bundles carried on a USB stick between the cell and the higher committee.</source>
        <translation>Gói dữ liệu đã ký và mã hóa, mang bằng USB giữa chi bộ và cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The organisation&apos;s name is missing.</source>
        <translation>Chưa nhập tên tổ chức.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than {max} characters.</source>
        <translation>Tên tổ chức dài quá {max} ký tự.</translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is not valid: use 1 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. CB01.</source>
        <translation>Mã &quot;{code}&quot; không hợp lệ: dùng từ 1 đến 32 chữ cái không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, ví dụ CB01.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created or written. Choose another folder or ask for write permission.</source>
        <translation>Không thể tạo hoặc ghi vào thư mục dữ liệu {folder}. Hãy chọn thư mục khác hoặc xin quyền ghi.</translation>
    </message>
    <message>
        <source>No register has been set up in {folder} yet. Run the setup first (partydesk init).</source>
        <translation>Chưa thiết lập sổ nào trong {folder}. Hãy chạy thiết lập trước (partydesk init).</translation>
    </message>
    <message>
        <source>PartyDesk is already open on the data folder {folder}. Close the other window first.</source>
        <translation>PartyDesk đang mở trên thư mục dữ liệu {folder}. Hãy đóng cửa sổ kia trước.</translation>
    </message>
    <message>
        <source>A register is already set up in {folder}; nothing was changed.</source>
        <translation>Trong {folder} đã có sổ được thiết lập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The register is protected by a passphrase: give it in the PARTYDESK_PASSPHRASE environment variable or run the command in a terminal to be asked for it. Nothing was changed.</source>
        <translation>Sổ được bảo vệ bằng mật khẩu: hãy đặt mật khẩu vào biến môi trường PARTYDESK_PASSPHRASE, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi mật khẩu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters; a few words are easier to remember and harder to guess.</source>
        <translation>Mật khẩu phải có ít nhất {count} ký tự; một câu vài từ vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>The two passphrases typed are not the same. Nothing was changed.</source>
        <translation>Hai lần gõ mật khẩu không giống nhau. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to PartyDesk</source>
        <translation>Chào mừng đến với PartyDesk</translation>
    </message>
    <message>
        <source>Who will use PartyDesk on this computer?</source>
        <translation>Ai sẽ dùng PartyDesk trên máy tính này?</translation>
    </message>
    <message>
        <source>I am the secretary of a party &amp;cell</source>
        <translation>Tôi là bí thư &amp;chi bộ</translation>
    </message>
    <message>
        <source>I work for the &amp;higher committee</source>
        <translation>Tôi làm việc ở &amp;cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>I want to &amp;explore with demo data first</source>
        <translation>Tôi muốn &amp;dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>I have an en&amp;rolment file from the committee</source>
        <translation>Tôi có tệp đăng &amp;ký do cấp ủy cấp trên gửi</translation>
    </message>
    <message>
        <source>A passphrase for the register</source>
        <translation>Mật khẩu của sổ</translation>
    </message>
    <message>
        <source>The register is encrypted: a lost or stolen computer does not give away the members&apos; records. PartyDesk asks for this passphrase each time it starts.</source>
        <translation>Sổ được mã hóa: máy tính bị mất hoặc bị lấy cắp cũng không làm lộ hồ sơ đảng viên. Mỗi lần khởi động, PartyDesk sẽ hỏi mật khẩu này.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Tổ chức của đồng chí</translation>
    </message>
    <message>
        <source>These details appear on every printed document.</source>
        <translation>Các thông tin này sẽ in trên mọi văn bản.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Enrolment file:</source>
        <translation>Tệp đăng &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Higher committee:</source>
        <translation>Cấp ủy cấp &amp;trên:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Nhiệm kỳ:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Bí thư:</translation>
    </message>
    <message>
        <source>Choose the enrolment file the committee gave you; the cell&apos;s name and code come from it.</source>
        <translation>Chọn tệp đăng ký cấp ủy đã trao cho đồng chí; tên và mã chi bộ lấy từ tệp đó.</translation>
    </message>
    <message>
        <source>e.g. Chi bộ thôn Đồng Tâm</source>
        <translation>ví dụ: Chi bộ thôn Đồng Tâm</translation>
    </message>
    <message>
        <source>e.g. CB01</source>
        <translation>ví dụ: CB01</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy xã Hòa Bình</source>
        <translation>ví dụ: Đảng ủy xã Hòa Bình</translation>
    </message>
    <message>
        <source>e.g. 2025-2030</source>
        <translation>ví dụ: 2025-2030</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Tệp đăng ký</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Tệp đăng ký (*.json)</translation>
    </message>
    <message>
        <source>Set up PartyDesk</source>
        <translation>Thiết lập PartyDesk</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SignerPrompt</name>
    <message>
        <source>Who signs this document?</source>
        <translation>Ai ký văn bản này?</translation>
    </message>
    <message>
        <source>No secretary is recorded. Name of the person who signs (printed under the signature):</source>
        <translation>Chưa ghi tên bí thư. Họ tên người ký (in dưới chữ ký):</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This register was written by a newer version of PartyDesk. Install the newer version to open it; the file was not changed.</source>
        <translation>Sổ này được ghi bởi phiên bản PartyDesk mới hơn. Hãy cài phiên bản mới hơn để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: chưa lưu được gì. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The register is busy in another program: nothing was saved. Try again.</source>
        <translation>Sổ đang được chương trình khác sử dụng: chưa lưu được gì. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The register file is damaged or is not a PartyDesk register.</source>
        <translation>Tệp sổ bị hỏng hoặc không phải sổ của PartyDesk.</translation>
    </message>
    <message>
        <source>The register file cannot be opened: check that the folder exists and can be written.</source>
        <translation>Không mở được tệp sổ: hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <source>The passphrase is not right, or the register file is damaged. Nothing was changed.</source>
        <translation>Mật khẩu không đúng, hoặc tệp sổ bị hỏng. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send to the committee</source>
        <translation>Gửi lên cấp ủy</translation>
    </message>
    <message>
        <source>&amp;Send to committee…</source>
        <translation>&amp;Gửi lên cấp ủy…</translation>
    </message>
    <message>
        <source>Use an &amp;enrolment file…</source>
        <translation>Dùng tệp đăng &amp;ký…</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Gói đã ghi</translation>
    </message>
    <message>
        <source>Preview and print the &amp;cover sheet…</source>
        <translation>Xem và in &amp;phiếu kèm gói…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles sent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các gói đã gửi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>This cell was not set up from an enrolment file, so PartyDesk does not know the committee to send bundles to. Ask the higher committee for an enrolment file for cell {code} (they make it in PartyDesk under Cells, “Enrol a cell…”), put it on this computer, then click “Use an enrolment file…”.</source>
        <translation>Chi bộ này chưa được cài đặt từ tệp đăng ký, nên PartyDesk chưa biết gửi gói cho cấp ủy nào. Hãy xin cấp ủy cấp trên một tệp đăng ký cho chi bộ {code} (cấp ủy tạo tệp trong PartyDesk, mục Các chi bộ, nút “Đăng ký chi bộ…”), chép vào máy này, rồi bấm “Dùng tệp đăng ký…”.</translation>
    </message>
    <message>
        <source>Bundles go to {name} ({code}), signed by this cell and readable only by that committee. Put in the USB stick, click “Send to committee…” and choose the stick.</source>
        <translation>Gói được gửi cho {name} ({code}), có chữ ký của chi bộ và chỉ cấp ủy đó đọc được. Cắm USB, bấm “Gửi lên cấp ủy…” rồi chọn USB.</translation>
    </message>
    <message>
        <source>The committee has received bundle number {number} of {date}; everything up to it is safe there.</source>
        <translation>Đảng ủy đã nhận gói số {number} ngày {date}; mọi dữ liệu đến gói đó đã an toàn ở đảng ủy.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Tệp đăng ký</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Tệp đăng ký (*.json)</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Chọn USB</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;in {folder}&lt;/p&gt;&lt;p&gt;Bundle number: &lt;b&gt;{sequence}&lt;/b&gt; · Members: &lt;b&gt;{members}&lt;/b&gt; · Key fingerprint: {fingerprint}&lt;/p&gt;&lt;p&gt;Take the stick and the printed cover sheet to the committee.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tệp: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;trong {folder}&lt;/p&gt;&lt;p&gt;Gói số: &lt;b&gt;{sequence}&lt;/b&gt; · Số đảng viên: &lt;b&gt;{members}&lt;/b&gt; · Dấu vân tay khóa: {fingerprint}&lt;/p&gt;&lt;p&gt;Mang USB và phiếu kèm gói đã in lên cấp ủy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>Phiếu kèm gói</translation>
    </message>
    <message>
        <source>Bundles from the cells</source>
        <translation>Nhận gói từ các chi bộ</translation>
    </message>
    <message>
        <source>Put in the USB stick and click “Import bundles…”; you can choose several files at once. PartyDesk checks every file first and shows what will change before anything is imported.</source>
        <translation>Cắm USB rồi bấm “Nhập gói…”; có thể chọn nhiều tệp cùng lúc. PartyDesk kiểm tra từng tệp trước và cho xem những gì sẽ thay đổi rồi mới nhập.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles imported&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các gói đã nhập&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Ra khỏi danh sách</translation>
    </message>
    <message>
        <source>Choose the bundles</source>
        <translation>Chọn các gói</translation>
    </message>
    <message>
        <source>PartyDesk bundles (*{suffix});;All files (*)</source>
        <translation>Gói PartyDesk (*{suffix});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking {count} files…</source>
        <translation>Đang kiểm tra {count} tệp…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported bundle number {sequence} from {sender}: {added} added, {changed} changed, {leaving} leaving.</source>
        <translation>Đã nhập gói số {sequence} từ {sender}: thêm {added}, sửa {changed}, ra khỏi danh sách {leaving}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This cell&apos;s key fingerprint (read it out when the committee telephones): &lt;b style=&apos;font-size: 16pt&apos;&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dấu vân tay khóa của chi bộ (đọc cho cấp ủy khi được gọi điện hỏi): &lt;b style=&apos;font-size: 16pt&apos;&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The one-time enrolment secret has been sent and erased from this computer. Delete the enrolment file from the USB stick.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mã bí mật đăng ký dùng một lần đã được gửi đi và đã xóa khỏi máy này. Hãy xóa tệp đăng ký khỏi USB.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) may also be in another cell (same card number, or same name and birth date): see the Overview.</source>
        <translation>
            <numerusform>%n đảng viên có thể cũng có tên ở chi bộ khác (trùng số thẻ, hoặc trùng họ tên và ngày sinh): xem trang Tổng quan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>From the cells</source>
        <translation>Từ các chi bộ</translation>
    </message>
    <message>
        <source>To the cells</source>
        <translation>Gửi các chi bộ</translation>
    </message>
    <message>
        <source>From the province</source>
        <translation>Từ Tỉnh ủy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi lên</translation>
    </message>
    <message>
        <source>From the committee</source>
        <translation>Từ Đảng ủy</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển sinh hoạt</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>The number of admissions must be a whole number, 0 or more.</source>
        <translation>Chỉ tiêu kết nạp phải là số nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Only a committee sets targets for its cells; on a cell leave out --cell to record the cell&apos;s own target.</source>
        <translation>Chỉ cấp ủy mới giao chỉ tiêu cho các chi bộ; ở chi bộ, bỏ --cell để ghi chỉ tiêu của chính chi bộ.</translation>
    </message>
    <message>
        <source>There is no enrolled cell with code {code}.</source>
        <translation>Không có chi bộ đã đăng ký nào mang mã {code}.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>ToCells</name>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>All enrolled cells</source>
        <translation>Tất cả chi bộ đã đăng ký</translation>
    </message>
    <message>
        <source>Record a committee decision</source>
        <translation>Ghi quyết định của Đảng ủy</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đảng &amp;viên:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Discipline &amp;level:</source>
        <translation>&amp;Hình thức kỷ luật:</translation>
    </message>
    <message>
        <source>Badge &amp;years:</source>
        <translation>Huy hiệu (&amp;năm):</translation>
    </message>
    <message>
        <source>Add a notice for the cells</source>
        <translation>Thêm thông báo cho các chi bộ</translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation>Chọn tệp &amp;PDF…</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Đính kèm tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Gửi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Attached document:</source>
        <translation>Tài liệu đính kèm:</translation>
    </message>
    <message>
        <source>To the cells</source>
        <translation>Gửi các chi bộ</translation>
    </message>
    <message>
        <source>Each cell&apos;s bundle carries the receipt for its last bundle, the committee&apos;s decisions about its members, notices and members transferred to it. Click “Write bundles for the cells…” and choose the USB stick: one file is written for each cell that has something new.</source>
        <translation>Gói gửi mỗi chi bộ mang giấy báo đã nhận gói mới nhất của chi bộ, các quyết định của Đảng ủy về đảng viên của chi bộ, thông báo và đảng viên chuyển đến. Bấm “Ghi gói cho các chi bộ…” và chọn USB: mỗi chi bộ có nội dung mới được ghi một tệp.</translation>
    </message>
    <message>
        <source>&amp;Write bundles for the cells…</source>
        <translation>&amp;Ghi gói cho các chi bộ…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>&amp;Record a decision…</source>
        <translation>Ghi &amp;quyết định…</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Các quyết đị&amp;nh</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Add a &amp;notice…</source>
        <translation>Thêm &amp;thông báo…</translation>
    </message>
    <message>
        <source>N&amp;otices</source>
        <translation>Thông &amp;báo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>From cell</source>
        <translation>Từ chi bộ</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày chuyển đi</translation>
    </message>
    <message>
        <source>Should arrive by</source>
        <translation>Phải đến trước ngày</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>Nơi chuyển đến</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Đã chuyển hồ sơ cho</translation>
    </message>
    <message>
        <source>&amp;Forward to a cell…</source>
        <translation>&amp;Chuyển hồ sơ cho chi bộ…</translation>
    </message>
    <message>
        <source>Members in &amp;transit</source>
        <translation>Đảng viên đang &amp;chuyển</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — quá hạn</translation>
    </message>
    <message>
        <source>Forward the dossier to a cell</source>
        <translation>Chuyển hồ sơ đảng viên cho chi bộ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; left {cell} on {date}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; chuyển đi khỏi {cell} ngày {date}.</translation>
    </message>
    <message>
        <source>&amp;New cell:</source>
        <translation>Chi bộ &amp;mới:</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Chọn USB</translation>
    </message>
    <message>
        <source>Writing the bundles…</source>
        <translation>Đang ghi các gói…</translation>
    </message>
    <message>
        <source>No cell has anything new; no file was written.</source>
        <translation>Không chi bộ nào có nội dung mới; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>{cell}: bundle number {number} ({decisions} decisions, {notices} notices) — {file}</source>
        <translation>{cell}: gói số {number} ({decisions} quyết định, {notices} thông báo) — {file}</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>No dossier for member {id} has come from the committee; nothing was changed.</source>
        <translation>Chưa nhận được hồ sơ của đảng viên {id} từ đảng ủy; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Member {id} is already in this register; nothing was changed.</source>
        <translation>Đảng viên {id} đã có trong sổ này; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The arrival date {on} is before the member left the other cell ({left}); nothing was changed.</source>
        <translation>Ngày tiếp nhận {on} sớm hơn ngày đảng viên chuyển đi khỏi chi bộ cũ ({left}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Member {id} is not in transit: no cell&apos;s last bundle shows an official transfer out not yet received elsewhere. Nothing was changed.</source>
        <translation>Đảng viên {id} không ở trạng thái đang chuyển: gói mới nhất của các chi bộ không cho thấy chuyển sinh hoạt chính thức nào chưa được nơi khác tiếp nhận. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was changed.</source>
        <translation>Không có chi bộ nào mã {code} đã đăng ký ở đây; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Member {id} left cell {code}; forward the dossier to another cell. Nothing was changed.</source>
        <translation>Đảng viên {id} đã chuyển đi khỏi chi bộ {code}; hãy chuyển hồ sơ sang chi bộ khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Out, official</source>
        <translation>Chuyển đi, chính thức</translation>
    </message>
    <message>
        <source>Out, temporary</source>
        <translation>Chuyển đi, tạm thời</translation>
    </message>
    <message>
        <source>In, official</source>
        <translation>Chuyển đến, chính thức</translation>
    </message>
    <message>
        <source>In, temporary</source>
        <translation>Chuyển đến, tạm thời</translation>
    </message>
    <message>
        <source>Back from temporary</source>
        <translation>Trở về sau chuyển tạm thời</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Members whose dossier the committee sent to this cell. Accept a member on the day they presented the transfer letter: they join the register with their whole history and a dated “transferred in” event.</source>
        <translation>Đảng viên được Đảng ủy chuyển hồ sơ về chi bộ. Tiếp nhận đảng viên vào ngày họ trình giấy giới thiệu sinh hoạt đảng: đảng viên được ghi vào sổ cùng toàn bộ quá trình và sự kiện “chuyển đến” có ngày.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>From cell</source>
        <translation>Từ chi bộ</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày chuyển đi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận hồ sơ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Accept the member…</source>
        <translation>&amp;Tiếp nhận đảng viên…</translation>
    </message>
    <message>
        <source>Arrival &amp;from outside the committee…</source>
        <translation>Đảng viên đến từ &amp;ngoài Đảng bộ…</translation>
    </message>
    <message>
        <source>&amp;Waiting to be accepted</source>
        <translation>&amp;Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Đến / đi</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Từ / đến nơi</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Số giấy giới thiệu</translation>
    </message>
    <message>
        <source>Transfer &amp;book</source>
        <translation>&amp;Sổ giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Accepted on {date}</source>
        <translation>Đã tiếp nhận ngày {date}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Accept a member transferred in</source>
        <translation>Tiếp nhận đảng viên chuyển đến</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Ngày đến:</translation>
    </message>
    <message>
        <source>The letter&apos;s number and the place it comes from are needed; nothing was changed.</source>
        <translation>Cần có số giấy giới thiệu và nơi cấp giấy; chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>The arrival date {on} is before the letter&apos;s date {letter}; nothing was changed.</source>
        <translation>Ngày đến {on} sớm hơn ngày cấp giấy giới thiệu {letter}; chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>The admission decision date (on the letter) is needed; nothing was changed.</source>
        <translation>Cần có ngày quyết định kết nạp (ghi trên giấy giới thiệu); chưa thay đổi gì.</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>more than {fraction}</source>
        <translation>trên {fraction}</translation>
    </message>
    <message>
        <source>at least {fraction}</source>
        <translation>ít nhất {fraction}</translation>
    </message>
    <message>
        <source>passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation>thông qua: {votes_for}/{voters} đảng viên chính thức tán thành, cần trên {fraction} ({needed})</translation>
    </message>
    <message>
        <source>passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation>thông qua: {votes_for}/{voters} đảng viên chính thức tán thành, cần ít nhất {fraction} ({needed})</translation>
    </message>
    <message>
        <source>not passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation>không thông qua: {votes_for}/{voters} đảng viên chính thức tán thành, cần trên {fraction} ({needed})</translation>
    </message>
    <message>
        <source>not passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation>không thông qua: {votes_for}/{voters} đảng viên chính thức tán thành, cần ít nhất {fraction} ({needed})</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Số phiếu không thể âm.</translation>
    </message>
    <message>
        <source>No official member can vote at this meeting, so nothing can be decided.</source>
        <translation>Không có đảng viên chính thức nào được biểu quyết tại cuộc họp này nên không thể quyết định.</translation>
    </message>
    <message>
        <source>{cast} votes recorded, but only {present} official members present may vote.</source>
        <translation>Ghi nhận {cast} phiếu, nhưng chỉ có {present} đảng viên chính thức có mặt được biểu quyết.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định của chi bộ</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Kết nạp đảng viên</translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation>Công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>Removal of a probationary member</source>
        <translation>Xóa tên đảng viên dự bị</translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation>Xóa tên khỏi danh sách đảng viên</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation>Đánh giá, xếp loại chất lượng</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <source>A vote needs the question that was put to the meeting.</source>
        <translation>Biểu quyết cần ghi rõ vấn đề đưa ra biểu quyết.</translation>
    </message>
    <message>
        <source>A vote on a member&apos;s membership must name the member.</source>
        <translation>Biểu quyết về tư cách đảng viên phải ghi rõ đảng viên nào.</translation>
    </message>
    <message>
        <source>The member voted on is not on this meeting&apos;s attendance list.</source>
        <translation>Đảng viên được biểu quyết không có trong danh sách dự buổi sinh hoạt.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không dùng được cùng tham số %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
    </message>
</context>
</TS>
