import { ticketsZh } from './tickets/zh-CN.ts';
import { backupZh } from './backup/zh-CN.ts';
import { settingsZh } from './settings/zh-CN.ts';
import { ticketZh } from './ticket/zh-CN.ts';
import { ticketImportZh } from './ticket-import/zh-CN.ts';
import { kpiZh } from './kpi/zh-CN.ts';
import { improvementZh } from './improvement/zh-CN.ts';
import { trainingZh } from './training/zh-CN.ts';
import { fileImportZh } from './file-import/zh-CN.ts';
import { surveysZh } from './surveys/zh-CN.ts';
import { reportsZh } from './reports/zh-CN.ts';
import { auditsZh } from './audits/zh-CN.ts';
import { alertsZh } from './alerts/zh-CN.ts';
import { mysteryZh } from './mystery/zh-CN.ts';
import { attachmentsZh } from './attachments/zh-CN.ts';

/**
 * Chinese catalog: the source of the catalog's shape. Every other language is typed as `Catalog`, so a key added
 * here and missing there (or the reverse) fails the type check.
 */
export const zhCN = {
  tickets: ticketsZh,
  ticket: ticketZh,
  ticketImport: ticketImportZh,
  kpi: kpiZh,
  improvement: improvementZh,
  training: trainingZh,
  backup: backupZh,
  surveys: surveysZh,
  fileImport: fileImportZh,
  reports: reportsZh,
  audits: auditsZh,
  alerts: alertsZh,
  mystery: mysteryZh,
  attachments: attachmentsZh,
  app: {
    name: '服务质量控制台',
    tagline:
      '面向服务质量经理的离线工作台：工单与投诉、质量审核、神秘顾客、培训、持续改进与 KPI 报告，数据保存在您选定的本地文件中。',
    version: '版本 {{version}}',
    skipToContent: '跳到主要内容',
    fatalTitle: '界面出现了意外错误',
    fatalBody: '您的数据保存在工作区文件中，不受影响。请重新加载页面后继续。',
    reload: '重新加载',
    noHostTitle: '未连接到控制台主机',
    noHostBody: '请通过桌面应用打开控制台，或在终端运行 npm run web 后打开它输出的地址。',
    bootFailedTitle: '无法启动控制台',
  },
  language: {
    label: '界面语言',
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    cancel: '取消',
    close: '关闭',
    save: '保存',
    saving: '正在保存…',
    discard: '放弃修改',
    loading: '正在加载…',
    pleaseWait: '请稍候…',
    listSeparator: '、',
    none: '（无）',
  },
  start: {
    actionsLabel: '开始使用',
    demo: {
      title: '打开示例工作区',
      body: '一家家电售后服务机构一年的模拟数据：网点、员工、客户与工单。适合先熟悉控制台。',
      running: '正在准备示例工作区…',
      progress: '{{done}} / {{total}}',
      progressLabel: '示例工作区生成进度',
      cancel: '取消',
      cancelling: '正在取消…',
      cancelled: '已取消生成示例工作区，未创建任何文件。',
      failed: '无法打开示例工作区',
    },
    create: {
      title: '新建工作区…',
      body: '创建一个空白的工作区文件，用于录入或导入您自己的数据。',
    },
    open: {
      title: '打开工作区…',
      body: '打开此前创建的工作区文件（.sqlite）。',
    },
    openFailed: '无法打开工作区',
    recent: {
      title: '最近打开',
      empty: '还没有最近打开的工作区。新建或打开的工作区会显示在这里。',
      missing: '文件已不存在',
      lastOpened: '上次打开：{{when}}',
      openNamed: '打开 {{name}}',
      remove: '从列表中移除',
      removeNamed: '将 {{name}} 从最近打开列表中移除',
      forgetFailed: '无法从列表中移除',
    },
  },
  demoPhase: {
    prepare: '正在准备',
    reference: '正在生成网点、员工、产品与客户',
    tickets: '正在生成工单',
    indexes: '正在建立索引',
    repeats: '正在关联二次投诉与二次跟进',
    archive: '正在建立全文检索索引',
    kpi: '正在汇总关键指标',
    statistics: '正在更新查询统计信息',
    other: '正在生成示例数据',
  },
  pathDialog: {
    createTitle: '新建工作区',
    openTitle: '打开工作区',
    label: '工作区文件的完整路径',
    createHint: '将在此位置创建一个新文件，已有文件不会被覆盖。',
    openHint: '输入已有工作区文件的完整路径。',
    createSubmit: '创建',
    openSubmit: '打开',
    required: '请输入文件路径。',
    defaultFileName: '质量工作区.sqlite',
  },
  shell: {
    navLabel: '功能导航',
    demoBadge: '示例',
    workspaceLabel: '当前工作区：{{path}}',
    closeWorkspace: '关闭工作区',
    closeFailed: '无法关闭工作区',
    documentTitle: '{{area}} · {{workspace}} · {{app}}',
  },
  areas: {
    dashboard: {
      title: '仪表盘',
      summary:
        '对照目标查看关键指标：首次响应时间、问题解决率、一次解决率、满意度等，超出阈值时告警，并可按网点、团队、渠道、类别和时间段逐层下钻。',
    },
    alerts: {
      title: '告警',
      summary: '按任意 KPI 与范围设定阈值与连续期规则，数据变化后自动评估；在收件箱确认告警，一键开启鱼骨图、5-Why、PDCA 循环或纠正措施。',
    },
    tickets: {
      title: '工单与投诉',
      summary:
        '导入并记录工单与投诉：渠道、类型、类别、严重级别、网点与处理人、各环节时间、回访与满意度评分；识别二次投诉，并对照服务时效标准跟踪每一单。',
    },
    audits: {
      title: '质量审核',
      summary:
        '每月抽样服务记录（通话录音、在线会话、上门服务记录），按服务质量标准手册逐项评分：服务态度、响应及时性、专业性、流程合规；发现的问题转为纠正措施。',
    },
    mystery: {
      title: '神秘顾客',
      summary:
        '管理神秘顾客暗访批次：暗访员以普通顾客身份到网点体验全流程，按响应速度、产品知识、服务态度和环境打分；按网点、批次和维度查看结果与趋势。',
    },
    training: {
      title: '培训',
      summary:
        '记录培训场次、出勤与考核成绩，可一次为多名学员录入；跟踪考核通过率、资质到期，以及低绩效人员的 30/60/90 天改进计划。',
    },
    surveys: {
      title: '满意度调查',
      summary:
        '设计并汇总满意度问卷（CSAT、NPS、CES 及 SERVQUAL 五个维度），比较客户期望与实际感受之间的差距。',
    },
    pdca: {
      title: '持续改进 (PDCA)',
      summary:
        '按计划—执行—检查—处理管理季度改进计划：监控数据、评估试点效果，把有效做法固化为标准，或开启下一轮循环。',
    },
    rca: {
      title: '根因分析',
      summary:
        '用鱼骨图（人、机、料、法、环、测）和 5 Why 逐层追问找出问题的根本原因，标记并验证最可能的原因，再制定对策。',
    },
    actions: {
      title: '改进措施',
      summary: '跟踪质量审核、根因分析和改进计划中产生的纠正与改进措施：责任人、完成期限和完成情况。',
    },
    reports: {
      title: '报告',
      summary:
        '生成月度服务质量分析报告和半年效果报告，导出为 PDF、独立 HTML 或 Excel 文件，让管理层一目了然。',
    },
    settings: {
      title: '设置',
      summary: '工作区的时区、工作日历和二次投诉判定窗口。',
    },
  },
  dashboard: {
    factsTitle: '工作区中的数据',
    factsHint: '当前工作区文件中的实际记录数。',
    loadFailed: '无法读取工作区概况',
  },
  tables: {
    tickets: '工单',
    customers: '客户',
    outlets: '网点',
    staff: '员工',
    teams: '团队',
    products: '产品',
  },
  weekdays: {
    '1': '周一',
    '2': '周二',
    '3': '周三',
    '4': '周四',
    '5': '周五',
    '6': '周六',
    '7': '周日',
  },
  settings: {
    ...settingsZh,
    fileTitle: '工作区文件',
    file: {
      path: '文件路径',
      schemaVersion: '数据结构版本',
      size: '文件大小',
      integrity: '完整性检查',
      integrityOk: '完好',
      integrityProblem: '发现问题：{{detail}}',
    },
    formTitle: '工作区设置',
    formHint: '这些设置保存在工作区文件中，影响服务时效计算与报告。',
    timeZone: {
      label: '时区',
      hint: '服务时效计时，以及按日、周、月统计时使用的时区。',
      option: '{{id}}（{{name}}，{{offset}}）',
    },
    reportLanguage: {
      label: '报告默认语言',
      hint: '从此工作区导出报告时默认使用的语言。',
    },
    workdays: {
      label: '工作日',
      hint: '服务时效只在工作日的工作时间内计时。',
    },
    hours: {
      label: '工作时间',
      hint: '每个工作日的工作时段，例如 09:00–12:00 和 13:30–18:00（中间为午休）。',
      startOf: '第 {{n}} 个时段的开始时间',
      endOf: '第 {{n}} 个时段的结束时间',
      add: '添加时段',
      remove: '删除此时段',
      removeOf: '删除第 {{n}} 个时段',
    },
    repeatWindow: {
      label: '二次投诉判定窗口',
      hint: '同一客户在同一类别的投诉关闭后，在此天数内再次投诉即记为二次投诉。',
      unit: '天',
      value_one: '{{count}} 天',
      value_other: '{{count}} 天',
    },
    errors: {
      timeZone: '请选择有效的时区。',
      language: '请选择报告语言。',
      noWorkdays: '请至少选择一个工作日。',
      workdays: '工作日设置无效。',
      time: '请按 HH:MM 格式输入 24 小时制时间，例如 09:00。',
      intervalOrder: '结束时间必须晚于开始时间。',
      overlap: '此时段与前一个时段重叠。',
      hoursCount: '请设置 1 至 {{max}} 个工作时段。',
      repeatWindow: '请输入 {{min}} 至 {{max}} 之间的整数。',
      summary: '部分内容需要修改，请查看下方标出的字段。',
    },
    saved: '设置已保存。',
    saveFailed: '无法保存设置',
    loadFailed: '无法读取设置',
    unsaved: '有未保存的修改。',
    historyTitle: '最近的修改',
    historyArrow: '改为',
    historyEmpty: '尚无修改记录。',
    keys: {
      timeZone: '时区',
      language: '报告默认语言',
      workingCalendar: '工作日历',
      repeatWindowDays: '二次投诉判定窗口',
      holidays: '节假日与调休',
      pauseStatuses: '暂停计时的状态',
      escalationThreshold: '升级预警阈值',
    },
  },
  errors: {
    INVALID_INPUT: '输入的内容无效，请检查后重试。',
    UNKNOWN_METHOD: '界面调用了主机不认识的操作。请确认界面与主机来自同一版本。',
    NO_WORKSPACE: '当前没有打开的工作区，请先打开或新建一个。',
    NOT_FOUND: '要找的记录不存在，可能已被删除。',
    CONFLICT: '该操作与正在进行的另一项操作冲突，请稍后再试。',
    CONFLICT_locked: '该工作区已在另一个控制台窗口中打开（{{lockedBy.user}} 在 {{lockedBy.host}} 上，进程 {{lockedBy.pid}}）。请先在那里关闭它。',
    FILE_EXISTS: '文件已存在。请换一个文件名，或通过“打开工作区”打开它。',
    FILE_EXISTS_path: '文件“{{path}}”已存在。请换一个文件名，或通过“打开工作区”打开它。',
    FILE_NOT_FOUND: '找不到该文件或文件夹，请检查路径。',
    FILE_NOT_FOUND_path: '找不到“{{path}}”，请检查路径。',
    WORKSPACE_TOO_NEW: '该工作区由更新版本的控制台写入，请升级控制台后再打开。',
    WORKSPACE_TOO_NEW_versions:
      '该工作区由更新版本的控制台写入（数据结构版本 {{fileVersion}}，本版本最高支持 {{supportedVersion}}），请升级控制台后再打开。',
    WORKSPACE_INVALID: '该文件不是服务质量控制台的工作区。',
    WORKSPACE_INVALID_path: '“{{path}}”不是服务质量控制台的工作区文件。',
    WORKSPACE_DAMAGED: '工作区文件已损坏，无法打开。如有备份，请改用备份文件。',
    WORKSPACE_DAMAGED_path: '工作区文件“{{path}}”已损坏，无法打开。如有备份，请改用备份文件。',
    IO_ERROR: '无法读写文件，或无法连接到控制台主机。',
    IO_ERROR_path: '无法读写“{{path}}”。请确认文件夹存在，并且您有写入权限。',
    CANCELLED: '操作已取消。',
    NOT_SUPPORTED: '当前运行方式不支持此操作。',
    FORBIDDEN: '控制台主机拒绝了请求。请重新加载页面；如仍失败，请重新启动控制台。',
    INTERNAL: '控制台内部出错，操作未完成。',
    technical: '技术细节',
  },
};

export type Catalog = typeof zhCN;
