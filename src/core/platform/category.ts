/** The two categories a platform may apply for; exactly one per platform. */
export const KEY_CATEGORY = '重点支持国家级专精特新“小巨人”企业公共服务示范平台';
export const GENERAL_CATEGORY = '统筹支持“专精特新”中小企业公共服务示范平台';
