<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>Wrote the enrolment file for {name} ({code}) to {file}. It holds a one-time secret: give it to the cell&apos;s secretary by hand.</source>
        <translation>Đã ghi tệp đăng ký cho {name} ({code}) vào {file}. Tệp chứa mã bí mật dùng một lần: hãy trao tận tay bí thư chi bộ.</translation>
    </message>
    <message>
        <source>Committee signing key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa ký của cấp ủy: {fingerprint}</translation>
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
        <source>Imported.</source>
        <translation>Đã nhập.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Chạy thử: không có gì bị thay đổi.</translation>
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
        <source>First bundle from {sender}: its key {fingerprint} is trusted from this import on. Compare it with the cover sheet.</source>
        <translation>Gói đầu tiên từ {sender}: khóa {fingerprint} được tin cậy kể từ lần nhập này. Hãy đối chiếu với phiếu kèm gói.</translation>
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
        <source>Secretary:</source>
        <translation>Bí thư:</translation>
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
        <source>Your organisation</source>
        <translation>Tổ chức của đồng chí</translation>
    </message>
    <message>
        <source>These details appear on every printed document.</source>
        <translation>Các thông tin này sẽ in trên mọi văn bản.</translation>
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
</context>
</TS>
